// SPDX-License-Identifier: MIT
// Private: the pages of NangoConnectDialog, one per NangoConnectUIModel::Screen. They are only
// widgets: NangoConnectDialog connects them to the model.
#pragma once

#include <QUrl>
#include <QWidget>

class NangoConnectLogos;
class NangoIntegrationForm;
class NangoMessageWidget;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QScrollArea;

/// A page's heading: the integration's logo (or none) and a title.
class NangoConnectHeading : public QWidget
{
    Q_OBJECT
public:
    NangoConnectHeading(NangoConnectLogos *logos, QWidget *parent);
    /// Shows @p title, with the logo of @p logoUrl for @p name (none when @p name is empty).
    void set(const QString &title, const QUrl &logoUrl = QUrl(), const QString &name = QString());
    static constexpr int LogoSize = 40;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateLogo();
    NangoConnectLogos *m_logos;
    QLabel *m_logo;
    QLabel *m_title;
    QUrl m_url;
    QString m_name;
};

/// The integration picker: the search field (focused), the list, "nothing matches", Cancel.
class NangoConnectPickerPage : public QWidget
{
    Q_OBJECT
public:
    NangoConnectPickerPage(NangoConnectLogos *logos, QWidget *parent);
    NangoConnectHeading *heading;
    QLineEdit *search;
    QListView *list;
    QLabel *empty;
    QPushButton *cancel;

Q_SIGNALS:
    /// Up/Down, Page Up/Page Down in the search field: move the highlighted row by @p delta.
    void moveRequested(int delta);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

/// The integration's form (NangoIntegrationForm) with Back, Cancel and Connect.
class NangoConnectFormPage : public QWidget
{
    Q_OBJECT
public:
    NangoConnectFormPage(NangoConnectLogos *logos, QWidget *parent);
    NangoConnectHeading *heading;
    QProgressBar *loading; // while the provider's schema loads
    QScrollArea *scroll;
    NangoIntegrationForm *form;
    QDialogButtonBox *buttons;
    QPushButton *back;
    QPushButton *cancel;
    QPushButton *submit; // the form's own Connect button, moved into the button row
};

/// Loading, Connecting, Success and Error: a heading, a text, progress or a message, buttons.
class NangoConnectStatusPage : public QWidget
{
    Q_OBJECT
public:
    NangoConnectStatusPage(NangoConnectLogos *logos, const QString &objectName, QWidget *parent);
    NangoConnectHeading *heading;
    QLabel *icon;              // Success's check mark; hidden elsewhere
    QLabel *text;
    QProgressBar *progress;    // Loading, Connecting
    NangoMessageWidget *message; // Error
    QDialogButtonBox *buttons;
    /// Adds a button to the row (@p role as QDialogButtonBox::ButtonRole), named and described.
    QPushButton *addButton(const QString &text, int role, const QString &objectName, const QString &accessibleName);
    /// Shows the check mark of the Success page (palette colours, repainted when they change).
    void setCheckMark(bool shown);

protected:
    void changeEvent(QEvent *event) override;

private:
    void paintCheckMark();
    bool m_checkMark = false;
};
