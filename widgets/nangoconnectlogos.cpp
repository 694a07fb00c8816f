// SPDX-License-Identifier: MIT
#include "nangoconnectlogos_p.h"

#include "nangowidgetslogging_p.h"

#include <NangoQt/NangoIntegrationsModel>
#include <NangoQt/NangoLogoCache>

#include <QBuffer>
#include <QFont>
#include <QImageReader>
#include <QPainter>
#include <QPalette>

NangoConnectLogos::NangoConnectLogos(NangoLogoCache *cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{
    connect(cache, &NangoLogoCache::logoLoaded, this, &NangoConnectLogos::changed);
    connect(cache, &NangoLogoCache::logoFailed, this, &NangoConnectLogos::changed);
}

bool NangoConnectLogos::isLoaded(const QUrl &url) const
{
    return m_cache && m_cache->hasLogo(url) && !m_undecodable.contains(url);
}

QPixmap NangoConnectLogos::pixmap(const QUrl &url, const QString &name, int size, qreal dpr, const QPalette &palette)
{
    if (m_cache && url.isValid() && !url.isEmpty() && !m_undecodable.contains(url)) {
        if (m_cache->hasLogo(url)) {
            const QPixmap logo = decode(url, size, dpr);
            if (!logo.isNull())
                return logo;
        } else if (!m_cache->hasFailed(url) && !m_cache->isLoading(url)) {
            m_cache->load(url); // ends with logoLoaded or logoFailed: changed() repaints
        }
    }
    return placeholder(name, size, dpr, palette);
}

QPixmap NangoConnectLogos::decode(const QUrl &url, int size, qreal dpr)
{
    const QString key = url.toString() + QLatin1Char('|') + QString::number(size) + QLatin1Char('@') + QString::number(dpr);
    if (const auto it = m_pixmaps.constFind(key); it != m_pixmaps.constEnd())
        return it.value();
    QByteArray bytes = m_cache->logo(url);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer); // the format from the content: SVG, PNG, …
    reader.setDecideFormatFromContent(true);
    const int pixels = qRound(size * dpr);
    QSize natural = reader.size();
    if (natural.isValid() && !natural.isEmpty() && reader.supportsOption(QImageIOHandler::ScaledSize))
        reader.setScaledSize(natural.scaled(pixels, pixels, Qt::KeepAspectRatio)); // vector logos are drawn at the size shown
    QImage image = reader.read();
    if (image.isNull()) {
        qCDebug(lcNangoWidgets) << "logo" << url.toDisplayString() << "is not an image Qt can read:" << reader.errorString();
        m_undecodable.insert(url);
        return {};
    }
    if (image.width() > pixels || image.height() > pixels || (image.width() < pixels && image.height() < pixels))
        image = image.scaled(pixels, pixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    // Centred on a transparent square, so every row's name starts at the same x.
    QImage square(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    square.fill(Qt::transparent);
    {
        QPainter p(&square);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage((pixels - image.width()) / 2, (pixels - image.height()) / 2, image);
    }
    QPixmap pixmap = QPixmap::fromImage(square);
    pixmap.setDevicePixelRatio(dpr);
    m_pixmaps.insert(key, pixmap);
    return pixmap;
}

QPixmap NangoConnectLogos::placeholder(const QString &name, int size, qreal dpr, const QPalette &palette)
{
    const int pixels = qRound(size * dpr);
    QPixmap pixmap(pixels, pixels);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(palette.color(QPalette::Mid), 1));
    p.setBrush(palette.color(QPalette::Button));
    p.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1));
    QFont font;
    font.setPixelSize(qMax(8, size / 2));
    font.setBold(true);
    p.setFont(font);
    p.setPen(palette.color(QPalette::ButtonText));
    const QString letter = name.trimmed().isEmpty() ? QStringLiteral("?") : name.trimmed().left(1).toUpper();
    p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, letter);
    return pixmap;
}

NangoIntegrationDelegate::NangoIntegrationDelegate(NangoConnectLogos *logos, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_logos(logos)
{
}

QSize NangoIntegrationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), LogoSize + 12));
    return size;
}

void NangoIntegrationDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QUrl url = index.data(NangoIntegrationsModel::LogoUrlRole).toUrl();
    const QString name = index.data(NangoIntegrationsModel::DisplayNameRole).toString();
    const qreal dpr = option->widget ? option->widget->devicePixelRatioF() : 1.0;
    const QPixmap pixmap = m_logos->pixmap(url, name, LogoSize, dpr, option->palette);
    QIcon icon;
    icon.addPixmap(pixmap, QIcon::Normal); // a selected row shows the logo as it is, not tinted
    icon.addPixmap(pixmap, QIcon::Selected);
    option->icon = icon;
    option->decorationSize = QSize(LogoSize, LogoSize);
    option->features |= QStyleOptionViewItem::HasDecoration;
}
