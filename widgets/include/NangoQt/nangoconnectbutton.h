// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/nangoqtwidgets_export.h>

#include <QPushButton>

#include <memory>

#include <NangoQt/nangoauth.h>
class NangoConnectButtonPrivate;

/**
 * @brief A drop-in button that connects one integration: OAuth opens the modal, API key and
 * Basic open a NangoCredentialsDialog, None creates an unauthenticated connection. It shows the
 * state: "Connect <name>", "Connecting…", "Connected", or "Retry" with the error as tooltip.
 */
class NANGOQT_WIDGETS_EXPORT NangoConnectButton : public QPushButton
{
    Q_OBJECT
    Q_PROPERTY(NangoAuth *auth READ auth WRITE setAuth NOTIFY authChanged)
    Q_PROPERTY(QString integrationId READ integrationId WRITE setIntegrationId NOTIFY integrationIdChanged)
    Q_PROPERTY(QString displayName READ displayName WRITE setDisplayName NOTIFY displayNameChanged)
    Q_PROPERTY(QString connectionId READ connectionId WRITE setConnectionId NOTIFY connectionIdChanged)
    Q_PROPERTY(AuthKind authKind READ authKind WRITE setAuthKind NOTIFY authKindChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY stateChanged)

public:
    enum class AuthKind { OAuth, ApiKey, Basic, None };
    Q_ENUM(AuthKind)
    enum class State { Idle, Connecting, Connected, Failed };
    Q_ENUM(State)

    explicit NangoConnectButton(QWidget *parent = nullptr);
    ~NangoConnectButton() override;

    NangoAuth *auth() const;
    void setAuth(NangoAuth *auth);
    QString integrationId() const;
    void setIntegrationId(const QString &integrationId);
    /// Shown in the label; the integration id when empty.
    QString displayName() const;
    void setDisplayName(const QString &name);
    /// The connection id to request (empty: the server makes one).
    QString connectionId() const;
    void setConnectionId(const QString &connectionId);
    AuthKind authKind() const;
    void setAuthKind(AuthKind kind);
    State state() const;
    QString errorMessage() const;

public Q_SLOTS:
    /// Runs the integration's flow (what a click does).
    void connectAccount();

Q_SIGNALS:
    void succeeded(const QString &providerConfigKey, const QString &connectionId);
    void failed(const QString &type, const QString &message);
    void authChanged();
    void integrationIdChanged();
    void displayNameChanged();
    void connectionIdChanged();
    void authKindChanged();
    void stateChanged(NangoConnectButton::State state);

private:
    std::unique_ptr<NangoConnectButtonPrivate> const d;
};
