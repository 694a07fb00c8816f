// SPDX-License-Identifier: MIT
// Private: the "Continue in your browser" state, shown while an OAuth flow waits in the system
// browser — by NangoConnectButton (in a small frame under the button) and by NangoConnectDialog
// (on its Connecting page). Only widgets: the owner connects the requests to its Core model
// (NangoConnectAction, NangoConnectUIModel); the link goes to the clipboard here.
#pragma once

#include <QFrame>
#include <QPointer>
#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

class NangoBrowserWaitPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NangoBrowserWaitPanel(QWidget *parent = nullptr);

    /// "Finish connecting <name> in the browser window that opened."
    void setProviderName(const QString &name);
    /// The link Copy link puts on the clipboard (the flow's authorization URL).
    void setAuthorizationUrl(const QUrl &url);
    QUrl authorizationUrl() const;
    /// Puts the focus on Open again (the state's first control).
    void focusFirst();

    QLabel *title() const { return m_title; }
    QLabel *text() const { return m_text; }
    QPushButton *openAgainButton() const { return m_openAgain; }
    QPushButton *copyLinkButton() const { return m_copyLink; }
    QPushButton *cancelButton() const { return m_cancel; }

    /// How long "Link copied" stays in the text.
    static constexpr int CopiedFeedbackMs = 2500;

Q_SIGNALS:
    /// Open again: open the authorization URL in the browser once more.
    void openAgainRequested();
    /// Cancel, or Escape on any of the panel's controls: end the flow.
    void cancelRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void copyLink();
    void updateText();

    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_openAgain;
    QPushButton *m_copyLink;
    QPushButton *m_cancel;
    QTimer *m_copiedTimer;
    QString m_name;
    QUrl m_url;
};

/// NangoConnectButton's frame for the panel: a small non-modal window under the button, inside
/// the screen, following the button's window when it moves.
class NangoBrowserWaitPopup : public QFrame
{
    Q_OBJECT
public:
    explicit NangoBrowserWaitPopup(QWidget *anchor);
    NangoBrowserWaitPanel *panel() const { return m_panel; }
    /// Shows it under the anchor (above it when the screen has no room below), focused on Open again.
    void popUp();
    /// Where it goes for the anchor's current place and the screen's available area.
    void place();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QPointer<QWidget> m_anchor;
    QPointer<QWidget> m_anchorWindow;
    NangoBrowserWaitPanel *m_panel;
};
