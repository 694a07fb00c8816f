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
    /// The NangoAuth the action's flows run on (its host, token, window settings); required.
    Q_PROPERTY(NangoAuth *auth READ auth WRITE setAuth NOTIFY authChanged)
    /// The integration to connect (its unique key in Nango, e.g. "github"); required.
    Q_PROPERTY(QString integrationId READ integrationId WRITE setIntegrationId NOTIFY integrationIdChanged)
    /// @copydoc displayName() const
    Q_PROPERTY(QString displayName READ displayName WRITE setDisplayName NOTIFY displayNameChanged)
    /// @copydoc shownName() const
    Q_PROPERTY(QString shownName READ shownName NOTIFY shownNameChanged)
    /// @copydoc connectionId() const
    Q_PROPERTY(QString connectionId READ connectionId WRITE setConnectionId NOTIFY connectionIdChanged)
    /// @copydoc authMode() const
    Q_PROPERTY(NangoAuthMode::Mode authMode READ authMode WRITE setAuthMode NOTIFY authModeChanged)
    /// @copydoc catalog() const
    Q_PROPERTY(NangoCatalog *catalog READ catalog WRITE setCatalog NOTIFY catalogChanged)
    /// @copydoc resolvedAuthMode() const
    Q_PROPERTY(NangoAuthMode::Mode resolvedAuthMode READ resolvedAuthMode NOTIFY resolvedAuthModeChanged)
    /// @copydoc options() const
    Q_PROPERTY(NangoAuthOptions options READ options WRITE setOptions NOTIFY optionsChanged)
    /// Idle → Connecting → Connected, or Failed (#errorType, #errorMessage); see State.
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    /// @copydoc errorType() const
    Q_PROPERTY(QString errorType READ errorType NOTIFY stateChanged)
    /// Filled in Failed: the flow's message, next to #errorType.
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY stateChanged)
    /// @copydoc text() const
    Q_PROPERTY(QString text READ text NOTIFY textChanged)
    /// @copydoc isEnabled() const
    Q_PROPERTY(bool enabled READ isEnabled NOTIFY enabledChanged)
    /// @copydoc credentialsForm() const
    Q_PROPERTY(NangoCredentialsFormModel *credentialsForm READ credentialsForm NOTIFY credentialsRequested)
    /// @copydoc isInSystemBrowser() const
    Q_PROPERTY(bool inSystemBrowser READ isInSystemBrowser NOTIFY inSystemBrowserChanged)
    /// @copydoc authorizationUrl() const
    Q_PROPERTY(QUrl authorizationUrl READ authorizationUrl NOTIFY inSystemBrowserChanged)

public:
    /// The action's state, what a button shows: Idle (nothing ran, or cancelled), Connecting
    /// (a flow or a catalog load runs, or a credentials form is out), Connected (the last flow
    /// succeeded), Failed (the last flow failed: #errorType, #errorMessage).
    enum class State { Idle, Connecting, Connected, Failed };
    Q_ENUM(State)

    /// An Idle action; set #auth and #integrationId before trigger().
    explicit NangoConnectAction(QObject *parent = nullptr);
    ~NangoConnectAction() override;

    /// Getter of the #auth property.
    NangoAuth *auth() const;
    /// Setter of the #auth property (notifier: authChanged()).
    void setAuth(NangoAuth *auth);
    /// Getter of the #integrationId property.
    QString integrationId() const;
    /// Setter of the #integrationId property (notifier: integrationIdChanged()).
    void setIntegrationId(const QString &integrationId);
    /// Shown in the label; the integration id when empty.
    QString displayName() const;
    /// Setter of the #displayName property (notifier: displayNameChanged()).
    void setDisplayName(const QString &name);
    /// displayName(), or integrationId() when it is empty: the name the label shows.
    QString shownName() const;
    /// The connection id to request (empty: the server makes one).
    QString connectionId() const;
    /// Setter of the #connectionId property (notifier: connectionIdChanged()).
    void setConnectionId(const QString &connectionId);
    /// Which flow trigger() runs without a catalog; default OAuth2.
    NangoAuthMode::Mode authMode() const;
    /// Setter of the #authMode property (notifier: authModeChanged()).
    void setAuthMode(NangoAuthMode::Mode authMode);
    /// The catalog that tells trigger() the integration's auth mode and fields; null (the
    /// default): authMode() decides.
    NangoCatalog *catalog() const;
    /// Setter of the #catalog property (notifier: catalogChanged()).
    void setCatalog(NangoCatalog *catalog);
    /// The mode of the last flow trigger() started (with a catalog: the provider's, once read);
    /// Unknown before any.
    NangoAuthMode::Mode resolvedAuthMode() const;
    /// The rest of the call: params, hmac, user scope, authorization params, … (for ApiKey and
    /// Basic the credentials form's fields supply the credentials).
    NangoAuthOptions options() const;
    /// Setter of the #options property (notifier: optionsChanged()).
    void setOptions(const NangoAuthOptions &options);
    /// setOptions() from a map with the JS SDK's key names (NangoAuthOptions::fromVariantMap()),
    /// as QML passes them; unknown keys are reported on `nangoqt.core`.
    Q_INVOKABLE void setOptionsMap(const QVariantMap &options);

    /// Getter of the #state property.
    State state() const;
    /// Filled in Failed: the flow's error type (a NangoErrorType or the server's) and message.
    QString errorType() const;
    /// Getter of the #errorMessage property.
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
    /// The flow (or the credentials form) connected the account; the state is Connected.
    void succeeded(const QString &providerConfigKey, const QString &connectionId);
    /// The flow failed (a NangoErrorType string and a message); the state is Failed. Errors of a
    /// credentials form stay in the form instead.
    void failed(const QString &type, const QString &message);
    /// A mode with fields (ApiKey, Basic, or with a catalog any provider's schema): show @p form (fresh, set up with this action's auth, integration,
    /// connection id and options) to the user.
    void credentialsRequested(NangoCredentialsFormModel *form);
    /// Notifier of the #auth property.
    void authChanged();
    /// Notifier of the #integrationId property.
    void integrationIdChanged();
    /// Notifier of the #displayName property.
    void displayNameChanged();
    /// Notifier of the #shownName property.
    void shownNameChanged();
    /// Notifier of the #connectionId property.
    void connectionIdChanged();
    /// Notifier of the #authMode property.
    void authModeChanged();
    /// Notifier of the #catalog property.
    void catalogChanged();
    /// Notifier of the #resolvedAuthMode property.
    void resolvedAuthModeChanged();
    /// Notifier of the #options property.
    void optionsChanged();
    /// Notifier of #state, #errorType and #errorMessage; @p state is the new state.
    void stateChanged(NangoConnectAction::State state);
    /// Notifier of the #text property.
    void textChanged();
    /// Notifier of the #enabled property.
    void enabledChanged();
    /// Notifier of #inSystemBrowser and #authorizationUrl.
    void inSystemBrowserChanged();

private:
    std::unique_ptr<NangoConnectActionPrivate> const d;
};
