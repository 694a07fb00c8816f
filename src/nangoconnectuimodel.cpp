// SPDX-License-Identifier: MIT
#include "nangoconnectuimodel.h"

#include <QPointer>
#include <QSortFilterProxyModel>

class NangoConnectUIModelPrivate
{
public:
    QPointer<NangoAuth> auth;
    NangoCatalog *catalog = nullptr;
    NangoLogoCache *logos = nullptr;
    QSortFilterProxyModel *proxy = nullptr;
    NangoConnectUIModel::Screen screen = NangoConnectUIModel::Screen::Closed;
    QString searchText;
    int currentRow = -1;
    NangoAuthOptions options;
};

NangoConnectUIModel::NangoConnectUIModel(QObject *parent)
    : NangoConnectUIModel(nullptr, parent)
{
}

NangoConnectUIModel::NangoConnectUIModel(NangoAuth *auth, QObject *parent)
    : QObject(parent)
    , d(new NangoConnectUIModelPrivate)
{
    d->catalog = new NangoCatalog(this);
    d->logos = new NangoLogoCache(this);
    d->proxy = new QSortFilterProxyModel(this);
    d->proxy->setSourceModel(d->catalog->integrationsModel());
    setAuth(auth);
}

NangoConnectUIModel::~NangoConnectUIModel() = default;

NangoAuth *NangoConnectUIModel::auth() const { return d->auth; }
void NangoConnectUIModel::setAuth(NangoAuth *auth)
{
    if (d->auth == auth)
        return;
    d->auth = auth;
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
    Q_EMIT searchTextChanged();
}
int NangoConnectUIModel::currentRow() const { return d->currentRow; }
void NangoConnectUIModel::setCurrentRow(int row)
{
    if (d->currentRow == row)
        return;
    d->currentRow = row;
    Q_EMIT currentRowChanged();
}
QString NangoConnectUIModel::integrationId() const { return QString(); }
QString NangoConnectUIModel::displayName() const { return QString(); }
QUrl NangoConnectUIModel::logoUrl() const { return QUrl(); }
NangoAuthMode::Mode NangoConnectUIModel::authMode() const { return NangoAuthMode::Unknown; }
NangoCredentialsFormModel *NangoConnectUIModel::form() const { return nullptr; }
bool NangoConnectUIModel::isReconnecting() const { return false; }
bool NangoConnectUIModel::canGoBack() const { return true; }
bool NangoConnectUIModel::isDirty() const { return false; }
bool NangoConnectUIModel::isConfirmingClose() const { return false; }
QString NangoConnectUIModel::errorType() const { return QString(); }
QString NangoConnectUIModel::errorMessage() const { return QString(); }
QString NangoConnectUIModel::providerConfigKey() const { return QString(); }
QString NangoConnectUIModel::connectionId() const { return QString(); }
NangoAuthOptions NangoConnectUIModel::options() const { return d->options; }
void NangoConnectUIModel::setOptions(const NangoAuthOptions &options)
{
    d->options = options;
    Q_EMIT optionsChanged();
}
void NangoConnectUIModel::setOptionsMap(const QVariantMap &options) { setOptions(NangoAuthOptions::fromVariantMap(options)); }

void NangoConnectUIModel::open() {}
void NangoConnectUIModel::select(const QString &) {}
void NangoConnectUIModel::selectRow(int) {}
void NangoConnectUIModel::activateCurrent() {}
void NangoConnectUIModel::moveCurrent(int) {}
void NangoConnectUIModel::submit() {}
void NangoConnectUIModel::back() {}
void NangoConnectUIModel::retry() {}
void NangoConnectUIModel::finish() {}
bool NangoConnectUIModel::requestClose() { return true; }
void NangoConnectUIModel::confirmClose(bool) {}
void NangoConnectUIModel::close() {}
