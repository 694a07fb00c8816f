// SPDX-License-Identifier: MIT
// Private: what the API-key and Basic forms share — the inline error, the submit button, the
// busy state and running the credentials flow through NangoAuth.
#pragma once

#include <NangoQt/NangoAuth>
#include <NangoQt/NangoAuthFlow>
#include <NangoQt/NangoAuthOptions>

#include <QObject>
#include <QPointer>

class QLabel;
class QPushButton;
class QVBoxLayout;
class QWidget;

class NangoFormPart : public QObject
{
    Q_OBJECT
public:
    /// Adds the error line and the submit button to @p layout of @p form.
    NangoFormPart(QWidget *form, QVBoxLayout *layout);

    QPointer<NangoAuth> auth;
    QString integrationId;
    QString connectionId;

    bool isBusy() const { return m_flow != nullptr; }
    QString errorText() const;
    void showError(const QString &text);
    void clearError();
    /// Starts auth() with @p options; the form is busy until the flow ends.
    void run(const NangoAuthOptions &options);

    QPushButton *submitButton() const { return m_submit; }

Q_SIGNALS:
    void succeeded(const QString &providerConfigKey, const QString &connectionId);
    void failed(const QString &type, const QString &message);
    void busyChanged(bool busy);

private:
    void setBusy(NangoAuthFlow *flow);

    QWidget *m_form;
    QLabel *m_error;
    QPushButton *m_submit;
    QPointer<NangoAuthFlow> m_flow;
};
