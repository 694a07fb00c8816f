// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/nangoauth.h>
#include <NangoQt/nangoqtcore_export.h>

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <memory>

class NangoAuth;
class NangoLogoCachePrivate;

/**
 * @brief The integrations' logos, loaded asynchronously and kept in a process-wide cache
 * (Qt Core and Network only: bytes, no images).
 *
 * load() fetches a logo URL (NangoIntegrationsModel::LogoUrlRole) with a GET that carries no
 * token, trusting auth()'s extra CA certificates (NangoAuth::caCertificates) on https, and ends
 * with exactly one logoLoaded() or logoFailed() for that URL (also when the answer is already
 * cached: a later event-loop turn). The bytes are the image as served (SVG, PNG, …): a view
 * turns them into a pixmap or an image itself (QImageReader over a QBuffer, the format from the
 * content) and shows a placeholder until then and after a failure.
 *
 * The cache is shared by every NangoLogoCache of the process (a second Connect UI opens warm)
 * and bounded (MaxCacheBytes in total, MaxLogoSize per logo; the least recently used go
 * first). A failed URL is remembered too, so a missing logo is not asked for again on every
 * paint; clearCache() forgets everything.
 *
 * A failure (HTTP error, network, TLS, timeout, too large, not an image) is never an error for
 * the user: logoFailed() is emitted and the reason logged on `nangoqt.core` at debug level (at
 * info level when auth()'s NangoAuth::debug is on), the URL without its query.
 *
 * @code
 * auto *logos = new NangoLogoCache(this);
 * logos->setAuth(nango);
 * connect(logos, &NangoLogoCache::logoLoaded, this, [logos](const QUrl &url) {
 *     QPixmap pixmap;
 *     pixmap.loadFromData(logos->logo(url));
 * });
 * logos->load(logoUrl);
 * @endcode
 */
class NANGOQT_CORE_EXPORT NangoLogoCache : public QObject
{
    Q_OBJECT
    /// @copydoc auth() const
    Q_PROPERTY(NangoAuth *auth READ auth WRITE setAuth NOTIFY authChanged)

public:
    static constexpr qint64 MaxLogoSize = 2 * 1024 * 1024;     ///< bytes; a larger logo fails
    static constexpr qint64 MaxCacheBytes = 16 * 1024 * 1024;  ///< bytes of all cached logos
    static constexpr int DefaultTimeout = 15 * 1000;           ///< ms a logo may take

    /// A view onto the process-wide logo cache, without a NangoAuth (only the system's CAs).
    explicit NangoLogoCache(QObject *parent = nullptr);
    ~NangoLogoCache() override;

    /// The NangoAuth whose TLS CA certificates are trusted (logos need no token); may be null.
    NangoAuth *auth() const;
    /// Setter of the #auth property (notifier: authChanged()).
    void setAuth(NangoAuth *auth);

    /// The bytes of @p url as served (SVG, PNG, …); empty until loaded, and after a failure.
    Q_INVOKABLE QByteArray logo(const QUrl &url) const;
    /// True when the bytes of @p url are in the cache.
    Q_INVOKABLE bool hasLogo(const QUrl &url) const;
    /// True when loading @p url failed (remembered until clearCache()).
    Q_INVOKABLE bool hasFailed(const QUrl &url) const;
    /// True while @p url is being fetched.
    Q_INVOKABLE bool isLoading(const QUrl &url) const;

    /// Forgets every cached logo and failure (of the whole process).
    static void clearCache();

public Q_SLOTS:
    /**
     * Fetches @p url unless it is cached: ends with logoLoaded(@p url) or logoFailed(@p url),
     * once per call that is not joined to one already under way for this object. An empty or
     * URL that is neither http(s) nor data: fails.
     */
    void load(const QUrl &url);

Q_SIGNALS:
    /// The bytes of @p url are in logo(@p url).
    void logoLoaded(const QUrl &url);
    /// @p url could not be loaded; the reason is logged on `nangoqt.core` (debug). Show a placeholder.
    void logoFailed(const QUrl &url);
    /// Notifier of the #auth property.
    void authChanged();

private:
    friend class NangoLogoCachePrivate;
    std::unique_ptr<NangoLogoCachePrivate> const d;
};
