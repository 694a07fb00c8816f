// SPDX-License-Identifier: MIT
#include "nangoconnectuimodel.h"

#include "nangologging_p.h"
#include "nangomessages_p.h"

#include <NangoQt/NangoAuthFlow>
#include <NangoQt/NangoErrorTypes>
#include <NangoQt/NangoIntegrationsModel>

#include <QPointer>
#include <QSortFilterProxyModel>
#include <QTimer>

using namespace NangoQtPrivate;
using Screen = NangoConnectUIModel::Screen;

namespace {

/// The picker's rows: the catalog's integrations whose display name, unique key or provider
/// contains the search text, case-insensitively.
class IntegrationFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString &text)
    {
        const QString t = text.trimmed();
        if (t == m_text)
            return;
        m_text = t;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (m_text.isEmpty())
            return true;
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        for (int role : {NangoIntegrationsModel::DisplayNameRole, NangoIntegrationsModel::UniqueKeyRole, NangoIntegrationsModel::ProviderRole}) {
            if (index.data(role).toString().contains(m_text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

private:
    QString m_text;
};

} // namespace

class NangoConnectUIModelPrivate
{
public:
    /// What the Error screen's retry() repeats.
    enum class Step { None, Load, FormLoad, Connect };
    /// Where open()'s load is.
    enum class Stage { Idle, Token, Catalog };

    explicit NangoConnectUIModelPrivate(NangoConnectUIModel *q)
        : q(q)
    {
    }

    void setScreen(Screen screen);
    void startLoad();
    void loadCatalog();
    void onTokenRefreshed(bool ok);
    void onTokenChanged();
    void onCatalogLoaded(NangoCatalog::Request request);
    void onCatalogFailed(NangoCatalog::Request request, const QString &type, const QString &message);
    void afterIntegrations();
    void choose(const QString &key);
    void formSettled(NangoCredentialsFormModel *form);
    void submitForm();
    void onFormBusy(NangoCredentialsFormModel *form, bool busy);
    void onConnected(const QString &key, const QString &id);
    void onConnectFailed(const QString &type, const QString &message);
    void fail(Step step, const QString &type, const QString &message);
    void failLater(Step step, const QString &type, const QString &message);
    void clearError();
    void goPicker();
    void dropForm();
    void cancelFlow();
    void setSelection(const QString &key, const QString &name, const QUrl &logo, NangoAuthMode::Mode mode);
    void setSingle(bool single);
    void setConfirming(bool on);
    void updateDirty();
    void setCurrent(int row);
    /// currentRow() after the rows changed: the same integration, else the first row, else -1.
    void revalidateCurrent();
    int rowOfKey(const QString &key) const;

    NangoConnectUIModel *const q;
    QPointer<NangoAuth> auth;
    NangoCatalog *catalog = nullptr;
    NangoLogoCache *logos = nullptr;
    IntegrationFilter *proxy = nullptr;
    Screen screen = Screen::Closed;
    quint64 generation = 0; // of open(): deferred work of an earlier one is dropped
    Stage stage = Stage::Idle;
    bool sessionLoaded = false;      // in Stage::Catalog: GET /connect/session answered
    bool integrationsLoaded = false; // in Stage::Catalog: GET /integrations answered
    bool readyEmitted = false;

    QString searchText;
    int currentRow = -1;
    QString currentKey;
    bool filtering = false;

    QString integrationId;
    QString displayName;
    QUrl logoUrl;
    NangoAuthMode::Mode authMode = NangoAuthMode::Unknown;
    QPointer<NangoCredentialsFormModel> form;
    bool formSettledDone = false;
    QVariantMap initialValues;
    QString formLoadErrorType; // the catalog's error while the form loaded its schema
    QPointer<NangoAuthFlow> flow;
    QPointer<NangoAuthFlow> lastStartedFlow; // NangoAuth::flowStarted's last
    bool inSystemBrowser = false; // what inSystemBrowserChanged() last announced
    QUrl systemBrowserUrl;
    /// Emits inSystemBrowserChanged() when isInSystemBrowser() or authorizationUrl() changed.
    void updateInSystemBrowser();

    bool single = false;
    bool dirty = false;
    bool confirming = false;
    QString errorType;
    QString errorMessage;
    Step failedStep = Step::None;
    QString providerConfigKey;
    QString connectionId;
    NangoAuthOptions options;
};

void NangoConnectUIModelPrivate::updateInSystemBrowser()
{
    const bool now = q->isInSystemBrowser();
    const QUrl url = q->authorizationUrl();
    if (now == inSystemBrowser && url == systemBrowserUrl)
        return;
    inSystemBrowser = now;
    systemBrowserUrl = url;
    Q_EMIT q->inSystemBrowserChanged();
}

void NangoConnectUIModelPrivate::setScreen(Screen s)
{
    if (screen == s)
        return;
    const bool wasOpen = screen != Screen::Closed;
    screen = s;
    trace(auth && auth->debug()) << "Connect UI:" << s;
    updateInSystemBrowser(); // before screenChanged(): a view that reads it there finds it current
    Q_EMIT q->screenChanged(s);
    if (wasOpen != (s != Screen::Closed))
        Q_EMIT q->openChanged();
    updateDirty();
    if (!readyEmitted && (s == Screen::Picker || s == Screen::Form || s == Screen::Connecting)) {
        readyEmitted = true;
        Q_EMIT q->ready();
    }
}

void NangoConnectUIModelPrivate::failLater(Step step, const QString &type, const QString &message)
{
    const quint64 g = generation;
    QTimer::singleShot(0, q, [this, g, step, type, message] {
        if (g == generation && screen != Screen::Closed)
            fail(step, type, message);
    });
}

void NangoConnectUIModelPrivate::startLoad()
{
    const QString missing = QString::fromLatin1(NangoErrorType::MissingConnectSessionToken);
    if (!auth) {
        failLater(Step::Load, missing, NangoMessages::tr("The Connect UI has no NangoAuth to read the connect session with."));
        return;
    }
    if (auth->connectSessionToken().isEmpty()) {
        stage = Stage::Token;
        if (!auth->refreshConnectSessionToken()) {
            stage = Stage::Idle;
            failLater(Step::Load, missing,
                      NangoMessages::tr("The Connect UI needs a connect session token: ask your backend for one (POST /connect/sessions) "
                                        "and set it on NangoAuth, or give NangoAuth a token provider."));
        }
        return;
    }
    loadCatalog();
}

void NangoConnectUIModelPrivate::loadCatalog()
{
    // Both at once (independent requests: one round trip); an expired token is refreshed once
    // for both (NangoAuth joins the requests for a fresh one).
    stage = Stage::Catalog;
    sessionLoaded = false;
    integrationsLoaded = false;
    catalog->loadSession();
    catalog->loadIntegrations();
}

void NangoConnectUIModelPrivate::onTokenRefreshed(bool ok)
{
    if (stage != Stage::Token || screen != Screen::Loading)
        return;
    if (ok && auth && !auth->connectSessionToken().isEmpty()) {
        loadCatalog();
        return;
    }
    stage = Stage::Idle;
    fail(Step::Load, QString::fromLatin1(NangoErrorType::MissingConnectSessionToken),
         NangoMessages::tr("The Connect UI needs a connect session token and the application gave none: "
                           "its backend makes one with POST /connect/sessions."));
}

void NangoConnectUIModelPrivate::onTokenChanged()
{
    // A fresh token (a refresh by a flow or the catalog, or the app's) is another cache of the
    // catalog: while open past the load, the picker's rows are read again in the background.
    if (screen == Screen::Closed || screen == Screen::Loading || stage != Stage::Idle || !auth || auth->connectSessionToken().isEmpty())
        return;
    if (!catalog->hasSession())
        catalog->loadSession();
    if (!catalog->hasIntegrations())
        catalog->loadIntegrations();
}

void NangoConnectUIModelPrivate::onCatalogLoaded(NangoCatalog::Request request)
{
    if (screen != Screen::Loading || stage != Stage::Catalog)
        return;
    if (request == NangoCatalog::Session)
        sessionLoaded = true;
    else if (request == NangoCatalog::Integrations)
        integrationsLoaded = true;
    if (!sessionLoaded || !integrationsLoaded)
        return;
    // Both answers must be the current token's: one read under a token refreshed since is read again.
    if (!catalog->hasSession() || !catalog->hasIntegrations()) {
        if (!catalog->hasSession()) {
            sessionLoaded = false;
            catalog->loadSession();
        }
        if (!catalog->hasIntegrations()) {
            integrationsLoaded = false;
            catalog->loadIntegrations();
        }
        return;
    }
    stage = Stage::Idle;
    afterIntegrations();
}

void NangoConnectUIModelPrivate::onCatalogFailed(NangoCatalog::Request request, const QString &type, const QString &message)
{
    if (form && !formSettledDone)
        formLoadErrorType = type; // the form reports it when its loading ends
    if (screen != Screen::Loading)
        return;
    if (stage == Stage::Catalog && (request == NangoCatalog::Session || request == NangoCatalog::Integrations)) {
        stage = Stage::Idle; // the first failure is the one shown; the other load's end is ignored
        fail(Step::Load, type, message);
    }
}

void NangoConnectUIModelPrivate::afterIntegrations()
{
    const NangoIntegrationsModel *model = catalog->integrationsModel();
    QString only;
    if (catalog->isReconnecting()) {
        // A reconnect session is limited to its integration.
        const QVariantList allowed = catalog->session().value(QStringLiteral("allowed_integrations")).toList();
        if (!allowed.isEmpty() && model->indexOf(allowed.first().toString()) >= 0)
            only = allowed.first().toString();
    }
    if (only.isEmpty() && model->rowCount() == 1)
        only = model->get(0).value(QStringLiteral("uniqueKey")).toString();
    setSingle(!only.isEmpty());
    if (!only.isEmpty()) {
        choose(only);
        return;
    }
    revalidateCurrent();
    setScreen(Screen::Picker);
}

void NangoConnectUIModelPrivate::choose(const QString &key)
{
    const NangoIntegrationsModel *model = catalog->integrationsModel();
    const QVariantMap row = model->get(model->indexOf(key));
    const QString provider = row.value(QStringLiteral("provider")).toString();
    NangoAuthMode::Mode mode = NangoAuthMode::Mode(row.value(QStringLiteral("authMode")).toInt());
    if (catalog->hasProvider(provider))
        mode = NangoAuthMode::fromNangoName(catalog->provider(provider).value(QStringLiteral("auth_mode")).toString());
    setSelection(key, row.value(QStringLiteral("displayName")).toString(), row.value(QStringLiteral("logoUrl")).toUrl(), mode);

    dropForm();
    auto *f = new NangoCredentialsFormModel(NangoAuthMode::ApiKey, auth, q);
    form = f;
    formSettledDone = false;
    formLoadErrorType.clear();
    f->setOptions(options);
    f->setIntegrationId(key);
    QObject::connect(f, &NangoCredentialsFormModel::loadingChanged, q, [this, f] {
        // The form ends loading, then installs the schema (or its error): look once it is done.
        if (!f->isLoading())
            QTimer::singleShot(0, f, [this, f] { formSettled(f); });
    });
    QObject::connect(f, &NangoCredentialsFormModel::fieldsChanged, q, [this, f] {
        if (!f->isLoading() && f->hasSchema())
            formSettled(f); // the schema is in: settled at once (a later call does nothing)
    });
    QObject::connect(f, &NangoCredentialsFormModel::valuesChanged, q, [this] { updateDirty(); });
    QObject::connect(f, &NangoCredentialsFormModel::busyChanged, q, [this, f](bool busy) { onFormBusy(f, busy); });
    QObject::connect(f, &NangoCredentialsFormModel::succeeded, q, [this, f](const QString &k, const QString &id) {
        if (form == f)
            onConnected(k, id);
    });
    QObject::connect(f, &NangoCredentialsFormModel::failed, q, [this, f](const QString &type, const QString &message) {
        if (form == f)
            onConnectFailed(type, message);
    });
    Q_EMIT q->formChanged();
    f->setCatalog(catalog); // reads the provider: at once when cached, else loading()
    if (form != f)
        return; // a slot closed the model meanwhile
    if (!f->isLoading())
        formSettled(f);
    else
        setScreen(Screen::Form);
}

void NangoConnectUIModelPrivate::formSettled(NangoCredentialsFormModel *f)
{
    if (form != f || formSettledDone || screen == Screen::Closed)
        return;
    formSettledDone = true;
    if (!f->hasSchema()) {
        const QString type = formLoadErrorType.isEmpty() ? QStringLiteral("unknown_integration") : formLoadErrorType;
        const QString message = f->errorText().isEmpty()
            ? NangoMessages::tr("The definition of \"%1\" could not be read from the catalog.").arg(integrationId)
            : f->errorText();
        fail(Step::FormLoad, type, message);
        return;
    }
    initialValues = f->values();
    if (f->authMode() != authMode)
        setSelection(integrationId, displayName, logoUrl, f->authMode());
    if (f->connectsAtOnce()) {
        submitForm();
        return;
    }
    setScreen(Screen::Form);
}

void NangoConnectUIModelPrivate::submitForm()
{
    NangoCredentialsFormModel *f = form;
    if (!f || !auth)
        return;
    const bool ok = f->submit(); // when sent: busyChanged(true) → Connecting (onFormBusy())
    if (form != f)
        return;
    if (!ok) {
        if (f->connectsAtOnce()) {
            fail(Step::Connect, QString::fromLatin1(NangoErrorType::MissingCredentials),
                 f->errorText().isEmpty() ? NangoMessages::tr("The connection to \"%1\" could not be started.").arg(displayName) : f->errorText());
        } else {
            setScreen(Screen::Form); // the form shows why (errorText)
        }
        return;
    }
}

void NangoConnectUIModelPrivate::onFormBusy(NangoCredentialsFormModel *f, bool busy)
{
    // The form sent its request (submit() here, or a view's own call of form()->submit()):
    // NangoAuth announced the flow just before (flowStarted), within the same call.
    if (!busy || form != f || screen == Screen::Closed)
        return;
    flow = lastStartedFlow && lastStartedFlow->integrationId() == integrationId ? lastStartedFlow : nullptr;
    if (NangoAuthFlow *f = flow)
        QObject::connect(f, &NangoAuthFlow::stateChanged, q, [this] { updateInSystemBrowser(); });
    setScreen(Screen::Connecting);
}

void NangoConnectUIModelPrivate::onConnected(const QString &key, const QString &id)
{
    if (screen != Screen::Connecting)
        return;
    const bool pending = flow ? flow->isPending() : false;
    flow = nullptr;
    providerConfigKey = key;
    connectionId = id;
    Q_EMIT q->connectedChanged();
    setScreen(Screen::Success);
    Q_EMIT q->connected(key, id, pending);
}

void NangoConnectUIModelPrivate::onConnectFailed(const QString &type, const QString &message)
{
    if (screen != Screen::Connecting)
        return;
    flow = nullptr;
    if (type == QLatin1String(NangoErrorType::AuthorizationCancelled)) {
        // The user closed the OAuth window: back where they came from, as Nango's UI does.
        trace(auth && auth->debug()) << "Connect UI: the authorization was cancelled; back to the"
                                     << (form && !form->connectsAtOnce() ? "form" : "picker");
        if (form && !form->connectsAtOnce())
            setScreen(Screen::Form);
        else if (!single)
            goPicker();
        else
            setScreen(Screen::Form); // nothing to pick: the form's Connect button starts again
        return;
    }
    fail(Step::Connect, type, message);
}

void NangoConnectUIModelPrivate::fail(Step step, const QString &type, const QString &message)
{
    failedStep = step;
    errorType = type;
    errorMessage = message;
    Q_EMIT q->errorChanged();
    setScreen(Screen::Error);
    Q_EMIT q->errorOccurred(type, message);
}

void NangoConnectUIModelPrivate::clearError()
{
    failedStep = Step::None;
    if (errorType.isEmpty() && errorMessage.isEmpty())
        return;
    errorType.clear();
    errorMessage.clear();
    Q_EMIT q->errorChanged();
}

void NangoConnectUIModelPrivate::goPicker()
{
    dropForm();
    setSelection(QString(), QString(), QUrl(), NangoAuthMode::Unknown);
    revalidateCurrent();
    setScreen(Screen::Picker);
}

void NangoConnectUIModelPrivate::dropForm()
{
    if (!form)
        return;
    NangoCredentialsFormModel *f = form;
    form = nullptr;
    QObject::disconnect(f, nullptr, q, nullptr);
    f->deleteLater(); // a view may still hold it until it sees formChanged()
    initialValues.clear();
    Q_EMIT q->formChanged();
}

void NangoConnectUIModelPrivate::cancelFlow()
{
    if (NangoAuthFlow *f = flow) {
        flow = nullptr;
        f->cancel(); // closes the OAuth window; its failure reaches no one here (the form is dropped first)
    }
}

void NangoConnectUIModelPrivate::setSelection(const QString &key, const QString &name, const QUrl &logo, NangoAuthMode::Mode mode)
{
    if (integrationId == key && displayName == name && logoUrl == logo && authMode == mode)
        return;
    integrationId = key;
    displayName = name;
    logoUrl = logo;
    authMode = mode;
    Q_EMIT q->selectionChanged();
}

void NangoConnectUIModelPrivate::setSingle(bool on)
{
    if (single == on)
        return;
    single = on;
    Q_EMIT q->canGoBackChanged();
}

void NangoConnectUIModelPrivate::setConfirming(bool on)
{
    if (confirming == on)
        return;
    confirming = on;
    Q_EMIT q->confirmingCloseChanged();
}

void NangoConnectUIModelPrivate::updateDirty()
{
    const bool now = screen == Screen::Form && form && formSettledDone && form->hasSchema() && form->values() != initialValues;
    if (now == dirty)
        return;
    dirty = now;
    Q_EMIT q->dirtyChanged();
}

int NangoConnectUIModelPrivate::rowOfKey(const QString &key) const
{
    if (key.isEmpty())
        return -1;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (proxy->index(row, 0).data(NangoIntegrationsModel::UniqueKeyRole).toString() == key)
            return row;
    }
    return -1;
}

void NangoConnectUIModelPrivate::setCurrent(int row)
{
    const int count = proxy->rowCount();
    row = count == 0 || row < 0 ? -1 : qMin(row, count - 1);
    currentKey = row < 0 ? QString() : proxy->index(row, 0).data(NangoIntegrationsModel::UniqueKeyRole).toString();
    if (currentRow == row)
        return;
    currentRow = row;
    Q_EMIT q->currentRowChanged();
}

void NangoConnectUIModelPrivate::revalidateCurrent()
{
    if (filtering)
        return;
    if (proxy->rowCount() == 0) {
        // No rows (no match, or a new token's rows not read yet): none current, but the
        // highlighted integration is highlighted again when it comes back.
        if (currentRow != -1) {
            currentRow = -1;
            Q_EMIT q->currentRowChanged();
        }
        return;
    }
    const int row = rowOfKey(currentKey);
    setCurrent(row >= 0 ? row : 0);
}

NangoConnectUIModel::NangoConnectUIModel(QObject *parent)
    : NangoConnectUIModel(nullptr, parent)
{
}

NangoConnectUIModel::NangoConnectUIModel(NangoAuth *auth, QObject *parent)
    : QObject(parent)
    , d(new NangoConnectUIModelPrivate(this))
{
    d->catalog = new NangoCatalog(this);
    d->logos = new NangoLogoCache(this);
    d->proxy = new IntegrationFilter(this);
    d->proxy->setSourceModel(d->catalog->integrationsModel());
    d->options.setDetectClosedAuthWindow(true); // the user closing the OAuth window goes back at once
    connect(d->catalog, &NangoCatalog::loaded, this, [this](NangoCatalog::Request request, const QString &) { d->onCatalogLoaded(request); });
    connect(d->catalog, &NangoCatalog::failed, this,
            [this](NangoCatalog::Request request, const QString &, const QString &type, const QString &message) {
                d->onCatalogFailed(request, type, message);
            });
    connect(d->catalog, &NangoCatalog::sessionChanged, this, &NangoConnectUIModel::sessionChanged);
    connect(d->proxy, &QAbstractItemModel::modelReset, this, [this] { d->revalidateCurrent(); });
    connect(d->proxy, &QAbstractItemModel::layoutChanged, this, [this] { d->revalidateCurrent(); });
    connect(d->proxy, &QAbstractItemModel::rowsInserted, this, [this] { d->revalidateCurrent(); });
    connect(d->proxy, &QAbstractItemModel::rowsRemoved, this, [this] { d->revalidateCurrent(); });
    setAuth(auth);
}

NangoConnectUIModel::~NangoConnectUIModel()
{
    if (d->form)
        disconnect(d->form, nullptr, this, nullptr); // the cancelled flow's failure reaches no one
    d->cancelFlow();
}

NangoAuth *NangoConnectUIModel::auth() const { return d->auth; }
void NangoConnectUIModel::setAuth(NangoAuth *auth)
{
    if (d->auth == auth)
        return;
    close(); // a flow of the old NangoAuth is no longer this UI's
    if (d->auth)
        disconnect(d->auth, nullptr, this, nullptr);
    d->auth = auth;
    if (auth) {
        connect(auth, &NangoAuth::connectSessionTokenRefreshed, this, [this](bool ok) { d->onTokenRefreshed(ok); });
        connect(auth, &NangoAuth::connectSessionTokenChanged, this, [this] { d->onTokenChanged(); });
        connect(auth, &NangoAuth::flowStarted, this, [this](NangoAuthFlow *flow) { d->lastStartedFlow = flow; });
    }
    d->catalog->setAuth(auth);
    d->logos->setAuth(auth);
    Q_EMIT authChanged();
}

NangoCatalog *NangoConnectUIModel::catalog() const { return d->catalog; }
NangoLogoCache *NangoConnectUIModel::logos() const { return d->logos; }
NangoConnectUIModel::Screen NangoConnectUIModel::screen() const { return d->screen; }
bool NangoConnectUIModel::isOpen() const { return d->screen != Screen::Closed; }
QAbstractItemModel *NangoConnectUIModel::integrations() const { return d->proxy; }

QString NangoConnectUIModel::searchText() const { return d->searchText; }
void NangoConnectUIModel::setSearchText(const QString &text)
{
    if (d->searchText == text)
        return;
    d->searchText = text;
    d->filtering = true;
    d->proxy->setText(text);
    d->filtering = false;
    Q_EMIT searchTextChanged();
    d->revalidateCurrent();
}

int NangoConnectUIModel::currentRow() const { return d->currentRow; }
void NangoConnectUIModel::setCurrentRow(int row) { d->setCurrent(row); }

QString NangoConnectUIModel::integrationId() const { return d->integrationId; }
QString NangoConnectUIModel::displayName() const { return d->displayName; }
QUrl NangoConnectUIModel::logoUrl() const { return d->logoUrl; }
NangoAuthMode::Mode NangoConnectUIModel::authMode() const { return d->authMode; }
NangoCredentialsFormModel *NangoConnectUIModel::form() const { return d->form; }
bool NangoConnectUIModel::isReconnecting() const { return d->catalog->isReconnecting(); }
bool NangoConnectUIModel::canGoBack() const { return !d->single; }
bool NangoConnectUIModel::isDirty() const { return d->dirty; }
bool NangoConnectUIModel::isConfirmingClose() const { return d->confirming; }
QString NangoConnectUIModel::errorType() const { return d->errorType; }
QString NangoConnectUIModel::errorMessage() const { return d->errorMessage; }
QString NangoConnectUIModel::providerConfigKey() const { return d->providerConfigKey; }
QString NangoConnectUIModel::connectionId() const { return d->connectionId; }

NangoAuthOptions NangoConnectUIModel::options() const { return d->options; }
void NangoConnectUIModel::setOptions(const NangoAuthOptions &options)
{
    d->options = options;
    Q_EMIT optionsChanged();
}

void NangoConnectUIModel::setOptionsMap(const QVariantMap &options)
{
    QStringList unknown;
    setOptions(NangoAuthOptions::fromVariantMap(options, &unknown));
    if (!unknown.isEmpty())
        qCWarning(lcNangoCore).noquote() << "Connect UI: ignoring unknown option keys:" << unknown.join(QLatin1String(", "));
}

void NangoConnectUIModel::open()
{
    if (isOpen())
        return;
    ++d->generation;
    d->readyEmitted = false;
    d->clearError();
    if (!d->providerConfigKey.isEmpty() || !d->connectionId.isEmpty()) {
        d->providerConfigKey.clear();
        d->connectionId.clear();
        Q_EMIT connectedChanged();
    }
    setSearchText(QString());
    d->setSingle(false);
    d->setScreen(Screen::Loading);
    d->startLoad();
}

void NangoConnectUIModel::select(const QString &uniqueKey)
{
    if (d->screen != Screen::Picker)
        return;
    if (d->catalog->integrationsModel()->indexOf(uniqueKey) < 0) {
        qCDebug(lcNangoCore).noquote() << "Connect UI: ignoring the selection of" << uniqueKey << "(not among the session's integrations)";
        return;
    }
    d->choose(uniqueKey);
}

void NangoConnectUIModel::selectRow(int row)
{
    if (row < 0 || row >= d->proxy->rowCount())
        return;
    select(d->proxy->index(row, 0).data(NangoIntegrationsModel::UniqueKeyRole).toString());
}

void NangoConnectUIModel::activateCurrent()
{
    if (d->screen == Screen::Picker)
        selectRow(d->currentRow);
}

void NangoConnectUIModel::moveCurrent(int delta)
{
    const int count = d->proxy->rowCount();
    if (count == 0 || delta == 0)
        return;
    d->setCurrent(qBound(0, (d->currentRow < 0 ? (delta > 0 ? -1 : count) : d->currentRow) + delta, count - 1));
}

void NangoConnectUIModel::submit()
{
    if (d->screen == Screen::Form && d->form && d->formSettledDone && d->form->hasSchema())
        d->submitForm();
}

bool NangoConnectUIModel::isInSystemBrowser() const
{
    const NangoAuthFlow *f = d->flow;
    return d->screen == Screen::Connecting && f && f->isInSystemBrowser() && f->state() == NangoAuthFlow::State::WaitingForUser;
}

QUrl NangoConnectUIModel::authorizationUrl() const
{
    return isInSystemBrowser() ? d->flow->authorizationUrl() : QUrl();
}

void NangoConnectUIModel::openAgain()
{
    if (isInSystemBrowser())
        d->flow->openAgain();
}

void NangoConnectUIModel::back()
{
    using Step = NangoConnectUIModelPrivate::Step;
    if (d->screen == Screen::Connecting) {
        // Cancel: the flow's authorization_cancelled takes the user back (onConnectFailed()).
        if (NangoAuthFlow *running = d->flow)
            running->cancel();
        return;
    }
    if (d->screen == Screen::Form) {
        if (!d->single)
            d->goPicker();
        return;
    }
    if (d->screen != Screen::Error || d->failedStep == Step::Load)
        return; // nothing loaded to go back to: retry() or close()
    if (!d->single) {
        d->clearError();
        d->goPicker();
    } else if (d->form && d->form->hasSchema()) {
        d->clearError();
        d->setScreen(Screen::Form);
    }
}

void NangoConnectUIModel::retry()
{
    using Step = NangoConnectUIModelPrivate::Step;
    if (d->screen != Screen::Error)
        return;
    const Step step = d->failedStep;
    d->clearError();
    switch (step) {
    case Step::Load:
    case Step::None:
        d->setScreen(Screen::Loading);
        d->startLoad();
        break;
    case Step::FormLoad:
        d->choose(d->integrationId);
        break;
    case Step::Connect:
        if (d->form && d->form->hasSchema())
            d->submitForm();
        else
            d->choose(d->integrationId);
        break;
    }
}

void NangoConnectUIModel::finish()
{
    if (d->screen == Screen::Success)
        close();
}

bool NangoConnectUIModel::requestClose()
{
    if (d->dirty) {
        d->setConfirming(true);
        return false;
    }
    close();
    return true;
}

void NangoConnectUIModel::confirmClose(bool accept)
{
    if (!d->confirming)
        return;
    d->setConfirming(false);
    if (accept)
        close();
}

void NangoConnectUIModel::close()
{
    if (d->screen == Screen::Closed)
        return;
    ++d->generation;
    d->stage = NangoConnectUIModelPrivate::Stage::Idle;
    d->setConfirming(false);
    QPointer<NangoAuthFlow> running = d->flow;
    d->flow = nullptr;
    d->dropForm(); // first: the cancelled flow's failure reaches no one
    if (running)
        running->cancel();
    if (d->catalog->isBusy())
        d->catalog->cancel();
    d->setSelection(QString(), QString(), QUrl(), NangoAuthMode::Unknown);
    d->setSingle(false);
    d->setScreen(Screen::Closed);
    Q_EMIT closed();
}
