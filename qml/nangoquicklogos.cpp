// SPDX-License-Identifier: MIT
#include "nangoquicklogos_p.h"

#include "nangoquicklogging_p.h"

#include <NangoQt/NangoLogoCache>

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QPointer>
#include <QQmlEngine>
#include <QQuickAsyncImageProvider>
#include <QQuickImageResponse>
#include <QQuickTextureFactory>

namespace {

/// The one cache the provider reads through, in the main thread (Core's cache is process-wide:
/// what the Connect UI model's own NangoLogoCache loaded is answered from it).
NangoLogoCache *logoCache()
{
    static QPointer<NangoLogoCache> cache;
    if (!cache) {
        cache = new NangoLogoCache;
        QObject::connect(qApp, &QObject::destroyed, cache, &QObject::deleteLater);
    }
    return cache;
}

/// One logo, answered in the main thread (the response is moved there at once).
class LogoResponse : public QQuickImageResponse
{
    Q_OBJECT
public:
    LogoResponse(const QUrl &url, const QSize &requestedSize)
        : m_url(url)
        , m_size(requestedSize)
    {
    }

    QQuickTextureFactory *textureFactory() const override
    {
        return m_image.isNull() ? nullptr : QQuickTextureFactory::textureFactoryForImage(m_image);
    }
    // Never an error: a missing logo is an empty image (the view shows its placeholder) and
    // an Image reports nothing.
    QString errorString() const override { return {}; }
    void cancel() override { m_cancelled = true; }

    void start()
    {
        NangoLogoCache *cache = logoCache();
        if (m_url.isEmpty() || !m_url.isValid() || cache->hasFailed(m_url)) {
            finish();
            return;
        }
        if (cache->hasLogo(m_url)) {
            decode(cache->logo(m_url));
            return;
        }
        connect(cache, &NangoLogoCache::logoLoaded, this, [this, cache](const QUrl &url) {
            if (url == m_url)
                decode(cache->logo(url));
        });
        connect(cache, &NangoLogoCache::logoFailed, this, [this](const QUrl &url) {
            if (url == m_url)
                finish();
        });
        cache->load(m_url);
    }

private:
    void decode(QByteArray bytes)
    {
        if (!m_cancelled) {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::ReadOnly);
            QImageReader reader(&buffer);
            reader.setDecideFormatFromContent(true);
            const QSize natural = reader.size();
            if (m_size.isValid() && !m_size.isEmpty() && natural.isValid() && !natural.isEmpty()
                && reader.supportsOption(QImageIOHandler::ScaledSize))
                reader.setScaledSize(natural.scaled(m_size, Qt::KeepAspectRatio)); // SVG drawn at the size shown
            m_image = reader.read();
            if (m_image.isNull())
                qCDebug(lcNangoQuick) << "logo" << m_url.toDisplayString() << "is not an image Qt can read:" << reader.errorString();
            else if (m_size.isValid() && !m_size.isEmpty() && (m_image.width() > m_size.width() || m_image.height() > m_size.height()))
                m_image = m_image.scaled(m_size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        }
        finish();
    }
    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        disconnect(logoCache(), nullptr, this, nullptr);
        Q_EMIT finished();
    }

    const QUrl m_url;
    const QSize m_size;
    QImage m_image;
    bool m_cancelled = false;
    bool m_finished = false;
};

class LogoProvider : public QQuickAsyncImageProvider
{
public:
    QQuickImageResponse *requestImageResponse(const QString &id, const QSize &requestedSize) override
    {
        const QUrl url(QString::fromUtf8(QByteArray::fromHex(id.toLatin1())));
        auto *response = new LogoResponse(url, requestedSize);
        response->moveToThread(qApp->thread()); // the cache lives there
        QMetaObject::invokeMethod(response, &LogoResponse::start, Qt::QueuedConnection);
        return response;
    }
};

} // namespace

NangoQuickLogoImages::NangoQuickLogoImages(QObject *parent)
    : QObject(parent)
{
}

NangoAuth *NangoQuickLogoImages::auth() const
{
    return m_auth;
}

void NangoQuickLogoImages::setAuth(NangoAuth *auth)
{
    if (m_auth == auth)
        return;
    m_auth = auth;
    if (auth)
        logoCache()->setAuth(auth); // its CA certificates, for a host with a private CA
    Q_EMIT authChanged();
}

QString NangoQuickLogoImages::source(const QUrl &url) const
{
    if (url.isEmpty())
        return {};
    return QStringLiteral("image://%1/%2").arg(QLatin1String(ProviderId), QString::fromLatin1(url.toString(QUrl::FullyEncoded).toUtf8().toHex()));
}

void NangoQuickLogoImages::classBegin()
{
    if (QQmlEngine *engine = qmlEngine(this); engine && !engine->imageProvider(QLatin1String(ProviderId)))
        engine->addImageProvider(QLatin1String(ProviderId), new LogoProvider);
}

#include "nangoquicklogos.moc"
