// SPDX-License-Identifier: MIT
#include "nangoquicklogos_p.h"

#include "nangoquicklogging_p.h"

#include <NangoQt/NangoLogoCache>

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QMultiHash>
#include <QPointer>
#include <QQmlEngine>
#include <QQuickAsyncImageProvider>
#include <QQuickImageResponse>
#include <QQuickTextureFactory>

#include <atomic>
#include <utility>

namespace {

/// The provider's work in the main thread, where Core's cache lives (it is process-wide: what
/// the Connect UI model's own NangoLogoCache loaded is answered from it at once).
class LogoLoader : public QObject
{
    Q_OBJECT
public:
    static LogoLoader *instance() // created in the main thread (LogoImages' classBegin)
    {
        static QPointer<LogoLoader> loader;
        if (!loader) {
            loader = new LogoLoader;
            QObject::connect(qApp, &QObject::destroyed, loader, &QObject::deleteLater);
        }
        return loader;
    }
    NangoLogoCache *cache() { return &m_cache; }

    /// Answers with done(@p id, image): the logo at @p size, or a null image when it cannot be had.
    void fetch(quint64 id, const QUrl &url, const QSize &size)
    {
        if (url.isEmpty() || !url.isValid() || m_cache.hasFailed(url)) {
            Q_EMIT done(id, QImage());
            return;
        }
        if (m_cache.hasLogo(url)) {
            Q_EMIT done(id, decode(url, size));
            return;
        }
        m_waiting.insert(url, {id, size});
        m_cache.load(url); // joined with a load already under way for this URL
    }

Q_SIGNALS:
    void done(quint64 id, const QImage &image);

private:
    LogoLoader()
    {
        connect(&m_cache, &NangoLogoCache::logoLoaded, this, [this](const QUrl &url) { answer(url, true); });
        connect(&m_cache, &NangoLogoCache::logoFailed, this, [this](const QUrl &url) { answer(url, false); });
    }
    void answer(const QUrl &url, bool loaded)
    {
        const auto waiting = m_waiting.values(url);
        m_waiting.remove(url);
        for (const auto &[id, size] : waiting)
            Q_EMIT done(id, loaded ? decode(url, size) : QImage());
    }
    QImage decode(const QUrl &url, const QSize &size)
    {
        QByteArray bytes = m_cache.logo(url);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        reader.setDecideFormatFromContent(true);
        const QSize natural = reader.size();
        if (size.isValid() && !size.isEmpty() && natural.isValid() && !natural.isEmpty()
            && reader.supportsOption(QImageIOHandler::ScaledSize))
            reader.setScaledSize(natural.scaled(size, Qt::KeepAspectRatio)); // SVG drawn at the size shown
        QImage image = reader.read();
        if (image.isNull())
            qCDebug(lcNangoQuick) << "logo" << url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment).toDisplayString()
                                  << "is not an image Qt can read:" << reader.errorString();
        else if (size.isValid() && !size.isEmpty() && (image.width() > size.width() || image.height() > size.height()))
            image = image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        return image;
    }

    NangoLogoCache m_cache;
    QMultiHash<QUrl, std::pair<quint64, QSize>> m_waiting;
};

/// One logo. It lives in the image reader's thread; the loader's answer reaches it queued (so
/// never before the reader listens to finished()), and not at all once it is deleted.
class LogoResponse : public QQuickImageResponse
{
    Q_OBJECT
public:
    QQuickTextureFactory *textureFactory() const override
    {
        return m_image.isNull() ? nullptr : QQuickTextureFactory::textureFactoryForImage(m_image);
    }
    // Never an error: a missing logo is an empty image (the view shows its placeholder) and
    // an Image reports nothing.
    QString errorString() const override { return {}; }

    void finishWith(const QImage &image)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_image = image;
        Q_EMIT finished();
    }

private:
    QImage m_image;
    bool m_finished = false;
};

class LogoProvider : public QQuickAsyncImageProvider
{
public:
    explicit LogoProvider(LogoLoader *loader)
        : m_loader(loader)
    {
    }
    QQuickImageResponse *requestImageResponse(const QString &id, const QSize &requestedSize) override
    {
        static std::atomic<quint64> nextId{1};
        const quint64 job = nextId++;
        const QUrl url(QString::fromUtf8(QByteArray::fromHex(id.toLatin1())));
        auto *response = new LogoResponse;
        QObject::connect(m_loader, &LogoLoader::done, response, [response, job](quint64 doneId, const QImage &image) {
            if (doneId == job)
                response->finishWith(image);
        }); // queued: the response is in this (the reader's) thread
        QPointer<LogoLoader> loader = m_loader;
        QMetaObject::invokeMethod(m_loader, [loader, job, url, requestedSize] {
            if (loader)
                loader->fetch(job, url, requestedSize);
        }, Qt::QueuedConnection);
        return response;
    }

private:
    LogoLoader *const m_loader;
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
        LogoLoader::instance()->cache()->setAuth(auth); // its CA certificates, for a host with a private CA
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
        engine->addImageProvider(QLatin1String(ProviderId), new LogoProvider(LogoLoader::instance()));
}

#include "nangoquicklogos.moc"
