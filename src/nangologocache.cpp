// SPDX-License-Identifier: MIT
#include "nangologocache.h"

#include "nangologging_p.h"
#include "nangotls_p.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSet>
#include <QTimer>

using namespace NangoQtPrivate;

namespace {

/// The process-wide store of logos: bytes by URL, least recently used evicted first, and the
/// URLs that failed. Only touched under its mutex (views of several threads may read it).
struct LogoStore
{
    struct Entry
    {
        QByteArray bytes;
        quint64 lastUse = 0;
    };
    QMutex mutex;
    QHash<QUrl, Entry> logos;
    QSet<QUrl> failed;
    qint64 totalBytes = 0;
    quint64 clock = 0;

    void insert(const QUrl &url, const QByteArray &bytes)
    {
        QMutexLocker lock(&mutex);
        failed.remove(url);
        auto it = logos.find(url);
        if (it != logos.end()) {
            totalBytes -= it->bytes.size();
            logos.erase(it);
        }
        while (!logos.isEmpty() && totalBytes + bytes.size() > NangoLogoCache::MaxCacheBytes) {
            auto oldest = logos.begin();
            for (auto i = logos.begin(); i != logos.end(); ++i) {
                if (i->lastUse < oldest->lastUse)
                    oldest = i;
            }
            totalBytes -= oldest->bytes.size();
            logos.erase(oldest);
        }
        logos.insert(url, Entry{bytes, ++clock});
        totalBytes += bytes.size();
    }
    void markFailed(const QUrl &url)
    {
        QMutexLocker lock(&mutex);
        if (failed.size() > 4096) // bounded as well: a failure is cheap to find again
            failed.clear();
        failed.insert(url);
    }
    QByteArray bytes(const QUrl &url)
    {
        QMutexLocker lock(&mutex);
        auto it = logos.find(url);
        if (it == logos.end())
            return QByteArray();
        it->lastUse = ++clock;
        return it->bytes;
    }
    bool has(const QUrl &url)
    {
        QMutexLocker lock(&mutex);
        return logos.contains(url);
    }
    bool hasFailed(const QUrl &url)
    {
        QMutexLocker lock(&mutex);
        return failed.contains(url);
    }
    void clear()
    {
        QMutexLocker lock(&mutex);
        logos.clear();
        failed.clear();
        totalBytes = 0;
    }
};

LogoStore &store()
{
    static LogoStore s;
    return s;
}

/// Whether @p bytes look like an image a view can read (PNG, JPEG, GIF, WebP, BMP, ICO, SVG),
/// or the server said it is one.
bool looksLikeImage(const QByteArray &bytes, const QByteArray &contentType)
{
    if (bytes.isEmpty())
        return false;
    if (contentType.trimmed().toLower().startsWith("image/"))
        return true;
    if (bytes.startsWith("\x89PNG") || bytes.startsWith("\xFF\xD8\xFF") || bytes.startsWith("GIF8") || bytes.startsWith("BM")
        || bytes.startsWith(QByteArray("\0\0\1\0", 4)) || (bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP"))
        return true;
    return bytes.left(1024).toLower().contains("<svg");
}

} // namespace

class NangoLogoCachePrivate
{
public:
    explicit NangoLogoCachePrivate(NangoLogoCache *q)
        : q(q)
    {
    }
    void fail(const QUrl &url, const QString &why);
    void finished(QNetworkReply *reply, const QUrl &url);

    NangoLogoCache *const q;
    QPointer<NangoAuth> auth;
    QNetworkAccessManager *network = nullptr;
    QHash<QUrl, QPointer<QNetworkReply>> running;
};

/// A logo URL as logged: without user info, query or fragment (a CDN's signed query is a
/// secret of sorts); a data: URL by its media type only.
static QString urlForLog(const QUrl &url)
{
    if (url.scheme() == QLatin1String("data"))
        return QStringLiteral("data:") + url.path().section(QLatin1Char(','), 0, 0).left(60) + QStringLiteral(",…");
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString().left(300);
}

void NangoLogoCachePrivate::fail(const QUrl &url, const QString &why)
{
    // Never an error for the user: a placeholder stands in for the logo.
    // On nangoqt.core at debug level (info with NangoAuth::debug on, as the flows' trace).
    trace(auth && auth->debug()).noquote() << "logo" << urlForLog(url) << "not loaded:" << why;
    store().markFailed(url);
    Q_EMIT q->logoFailed(url);
}

void NangoLogoCachePrivate::finished(QNetworkReply *reply, const QUrl &url)
{
    running.remove(url);
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool http = url.scheme().startsWith(QLatin1String("http"));
    if (reply->error() != QNetworkReply::NoError && !(http && status >= 400)) {
        fail(url, reply->errorString());
        return;
    }
    if (http && (status < 200 || status >= 300)) {
        fail(url, QStringLiteral("HTTP %1").arg(status));
        return;
    }
    const QByteArray bytes = reply->read(NangoLogoCache::MaxLogoSize + 1);
    if (bytes.size() > NangoLogoCache::MaxLogoSize) {
        fail(url, QStringLiteral("larger than %1 bytes").arg(NangoLogoCache::MaxLogoSize));
        return;
    }
    if (!looksLikeImage(bytes, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray())) {
        fail(url, bytes.isEmpty() ? QStringLiteral("empty answer") : QStringLiteral("not an image"));
        return;
    }
    store().insert(url, bytes);
    Q_EMIT q->logoLoaded(url);
}

NangoLogoCache::NangoLogoCache(QObject *parent)
    : QObject(parent)
    , d(new NangoLogoCachePrivate(this))
{
}

NangoLogoCache::~NangoLogoCache()
{
    for (const QPointer<QNetworkReply> &reply : std::as_const(d->running)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

NangoAuth *NangoLogoCache::auth() const { return d->auth; }
void NangoLogoCache::setAuth(NangoAuth *auth)
{
    if (d->auth == auth)
        return;
    d->auth = auth;
    Q_EMIT authChanged();
}

QByteArray NangoLogoCache::logo(const QUrl &url) const { return store().bytes(url); }
bool NangoLogoCache::hasLogo(const QUrl &url) const { return store().has(url); }
bool NangoLogoCache::hasFailed(const QUrl &url) const { return store().hasFailed(url); }
bool NangoLogoCache::isLoading(const QUrl &url) const { return d->running.contains(url); }
void NangoLogoCache::clearCache() { store().clear(); }

void NangoLogoCache::load(const QUrl &url)
{
    if (store().has(url)) {
        QTimer::singleShot(0, this, [this, url] { Q_EMIT logoLoaded(url); });
        return;
    }
    if (store().hasFailed(url)) {
        QTimer::singleShot(0, this, [this, url] { Q_EMIT logoFailed(url); });
        return;
    }
    if (d->running.contains(url))
        return; // joined: the one answer is this call's too
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.isEmpty() || !(scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("data"))) {
        QTimer::singleShot(0, this, [this, url] {
            d->fail(url, url.isEmpty() ? QStringLiteral("no logo URL") : QStringLiteral("not an http(s) or data: URL"));
        });
        return;
    }
    if (!d->network)
        d->network = new QNetworkAccessManager(this);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "image/svg+xml, image/png, image/*;q=0.8");
    // Redirects within https (CDNs do), never down to http.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setTransferTimeout(DefaultTimeout);
    if (scheme == QLatin1String("https"))
        request.setSslConfiguration(sslConfiguration(d->auth ? d->auth->caCertificates() : QList<QSslCertificate>()));
    QNetworkReply *reply = d->network->get(request);
    d->running.insert(url, reply);
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply, url](qint64 received, qint64 total) {
        if (received > MaxLogoSize || total > MaxLogoSize) {
            reply->disconnect(this);
            reply->abort();
            d->running.remove(url);
            reply->deleteLater();
            d->fail(url, QStringLiteral("larger than %1 bytes").arg(MaxLogoSize));
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] { d->finished(reply, url); });
}
