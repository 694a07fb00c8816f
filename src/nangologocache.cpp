// SPDX-License-Identifier: MIT
#include "nangologocache.h"

#include <QPointer>

class NangoLogoCachePrivate
{
public:
    QPointer<NangoAuth> auth;
};

NangoLogoCache::NangoLogoCache(QObject *parent)
    : QObject(parent)
    , d(new NangoLogoCachePrivate)
{
}

NangoLogoCache::~NangoLogoCache() = default;

NangoAuth *NangoLogoCache::auth() const { return d->auth; }
void NangoLogoCache::setAuth(NangoAuth *auth)
{
    if (d->auth == auth)
        return;
    d->auth = auth;
    Q_EMIT authChanged();
}

QByteArray NangoLogoCache::logo(const QUrl &) const { return QByteArray(); }
bool NangoLogoCache::hasLogo(const QUrl &) const { return false; }
bool NangoLogoCache::hasFailed(const QUrl &) const { return false; }
bool NangoLogoCache::isLoading(const QUrl &) const { return false; }
void NangoLogoCache::clearCache() {}
void NangoLogoCache::load(const QUrl &) {}
