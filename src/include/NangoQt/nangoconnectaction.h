// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/nangoauth.h>
#include <NangoQt/nangoauthmode.h>
#include <NangoQt/nangoauthoptions.h>
#include <NangoQt/nangocatalog.h>
#include <NangoQt/nangocredentialsformmodel.h>
#include <NangoQt/nangoqtcore_export.h>

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class NangoConnectActionPrivate;

/**
 * @brief "Connect this integration" as an action without a GUI, as QAction is to a button: it
 * runs the integration's flow and holds the state a connect button shows.
 *
 * NangoConnectButton (Widgets) and `ConnectButton` (QML; `ConnectAction` in QML) are views
 * over it. trigger() runs the flow of authMode(): OAuth2 (and Unknown) → NangoAuth::auth() (the
 * authorization window), None → NangoAuth::create(); ApiKey and Basic need credentials the user
 * types: the action makes a fresh NangoCredentialsFormModel and emits credentialsRequested() for
 * the view to show it. The action is Connected when that form succeeds; its errors stay in the
 * form for the user to correct; the view calls cancelCredentials() when the user closes it.
 *
 * **With a catalog** (setCatalog()), trigger() does not use authMode() but reads the
 * integration's provider from the catalog (loading the session, the integrations and the
 * provider when they are not cached; Connecting meanwhile; a catalog error ends in Failed with
 * its type and message) and runs the provider's flow: the window modes
 * (NangoAuthMode::usesAuthorizationWindow()) → auth(), NONE → create(), and every mode with
 * fields → a fresh NangoCredentialsFormModel set from the provider's schema (setSchema()),
 * emitted with credentialsRequested(); a schema form with nothing to ask
 * (NangoCredentialsFormModel::connectsAtOnce()) is submitted at once, without being shown.
 * resolvedAuthMode() is the mode that ran.
 *
 * state(): Idle → Connecting → Connected, or Failed (errorType(), errorMessage()); text() is the
 * label for it: "Connect <name>", "Connecting…", "Connected", "Retry <name>".
 */
class NANGOQT_CORE_EXPORT NangoConnectAction : public QObject
{
    Q_OBJECT
    Q_PROPERTY(NangoAuth *auth READ auth WRITE setAuth NOTIFY authChanged)
    Q_PROPERTY(QString integrationId READ integrationId WRITE setIntegrationId NOTIFY integrationIdChanged)
    Q_PROPERTY(QString displayName READ displayName WRITE setDisplayName NOTIFY displayNameChanged)
    Q_PROPERTY(QString shownName READ shownName NOTIFY shownNameChanged)
    Q_PROPERTY(QString connectionId READ connectionId WRITE setConnectionId NOTIFY connectionIdChanged)
    Q_PROPERTY(NangoAuthMode::Mode authMode READ authMode WRITE setAuthMode NOTIFY authModeChanged)
    Q_PROPERTY(NangoCatalog *catalog READ catalog WRITE setCatalog NOTIFY catalogChanged)
    Q_PROPERTY(NangoAuthMode::Mode resolvedAuthMode READ resolvedAuthMode NOTIFY resolvedAuthModeChanged)
    Q_PROPERTY(NangoAuthOptions options READ options WRITE setOptions NOTIFY optionsChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString errorType READ errorType NOTIFY stateChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY stateChanged)
    Q_PROPERTY(QString text READ text NOTIFY textChanged)
    Q_PROPERTY(bool enabled READ isEnabled NOTIFY enabledChanged)
    Q_PROPERTY(NangoCredentialsFormModel *credentialsForm READ credentialsForm NOTIFY credentialsRequested)
    Q_PROPERTY(bool inSystemBrowser READ isInSystemBrowser NOTIFY inSystemBrowserChanged)
    Q_PROPERTY(QUrl authorizationUrl READ authorizationUrl NOTIFY inSystemBrowserChanged)

public:
    enum class State { Idle, Connecting, Connected, Failed };
    Q_ENUM(State)

    explicit NangoConnectAction(QObject *parent = nullptr);
    ~NangoConnectAction() override;

    NangoAuth *auth() const;
    void setAuth(NangoAuth *auth);
    QString integrationId() const;
    void setIntegrationId(const QString &integrationId);
    /// Shown in the label; the integration id when empty.
    QString displayName() const;
    void setDisplayName(const QString &name);
    /// displayName(), or integrationId() when it is empty: the name the label shows.
    QString shownName() const;
    /// The connection id to request (empty: the server makes one).
    QString connectionId() const;
    void setConnectionId(const QString &connectionId);
    /// Which flow trigger() runs without a catalog; default OAuth2.
    NangoAuthMode::Mode authMode() const;
    void setAuthMode(NangoAuthMode::Mode authMode);
    /// The catalog that tells trigger() the integration's auth mode and fields; null (the
    /// default): authMode() decides.
    NangoCatalog *catalog() const;
    void setCatalog(NangoCatalog *catalog);
    /// The mode of the last flow trigger() started (with a catalog: the provider's, once read);
    /// Unknown before any.
    NangoAuthMode::Mode resolvedAuthMode() const;
    /// The rest of the call: params, hmac, user scope, authorization params, … (for ApiKey and
    /// Basic the credentials form's fields supply the credentials).
    NangoAuthOptions options() const;
    void setOptions(const NangoAuthOptions &options);
    /// setOptions() from a map with the JS SDK's key names (NangoAuthOptions::fromVariantMap()),
    /// as QML passes them; unknown keys are reported on `nangoqt.core`.
    Q_INVOKABLE void setOptionsMap(const QVariantMap &options);

    State state() const;
    /// Filled in Failed: the flow's error type (a NangoErrorType or the server's) and message.
    QString errorType() const;
    QString errorMessage() const;
    /// The label for the state: "Connect <name>", "Connecting…", "Connected" or "Retry <name>".
    QString text() const;
    /// False while Connecting.
    bool isEnabled() const;
    /// The form of the ApiKey or Basic flow under way (or the last one); null before any.
    /// Owned by the action, replaced on every trigger().
    NangoCredentialsFormModel *credentialsForm() const;
    /**
     * True while the action's OAuth flow waits for the user in the system browser
     * (NangoAuthFlow::isInSystemBrowser(): Browser::System, or Auto for a provider that refuses
     * embedded browsers): the view shows "Continue in your browser" with cancel(), openAgain()
     * and a copy of authorizationUrl().
     */
    bool isInSystemBrowser() const;
    /// While isInSystemBrowser(): the flow's NangoAuthFlow::authorizationUrl() (it carries the
    /// session token: copy it only when the user asks); empty otherwise.
    QUrl authorizationUrl() const;

public Q_SLOTS:
    /// Runs the integration's flow (what a click does); nothing while Connecting.
    void trigger();
    /// The view closed the credentials form without success: back to Idle. A request the form
    /// still runs no longer changes the action.
    void cancelCredentials();
    /// Ends what runs while Connecting (the OAuth flow with `authorization_cancelled`, a
    /// catalog load, a credentials form) and goes back to Idle, without failed(); nothing otherwise.
    void cancel();
    /// While isInSystemBrowser(): opens authorizationUrl() in the system browser again
    /// (NangoAuthFlow::openAgain()); nothing otherwise.
    void openAgain();

Q_SIGNALS:
    void succeeded(const QString &providerConfigKey, const QString &connectionId);
    void failed(const QString &type, const QString &message);
    /// A mode with fields (ApiKey, Basic, or with a catalog any provider's schema): show @p form (fresh, set up with this action's auth, integration,
    /// connection id and options) to the user.
    void credentialsRequested(NangoCredentialsFormModel *form);
    void authChanged();
    void integrationIdChanged();
    void displayNameChanged();
    void shownNameChanged();
    void connectionIdChanged();
    void authModeChanged();
    void catalogChanged();
    void resolvedAuthModeChanged();
    void optionsChanged();
    void stateChanged(NangoConnectAction::State state);
    void textChanged();
    void enabledChanged();
    void inSystemBrowserChanged();

private:
    std::unique_ptr<NangoConnectActionPrivate> const d;
};
