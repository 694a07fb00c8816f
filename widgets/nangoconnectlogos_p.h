// SPDX-License-Identifier: MIT
// Private: the Connect dialog's logos as pixmaps. NangoLogoCache (Core) holds the bytes; this
// turns them into pixmaps of the size asked (SVG rendered at that size, raster scaled), keeps
// them, and paints the placeholder (the name's first letter in a circle, palette colours) until
// a logo is there and when it failed. Also the picker's delegate, which shows them.
#pragma once

#include <NangoQt/nangoqtwidgets_export.h>

#include <QHash>
#include <QObject>
#include <QPixmap>
#include <QPointer>
#include <QSet>
#include <QStyledItemDelegate>
#include <QUrl>

class NangoLogoCache;

// Exported for the tests (they compare a failed logo with the placeholder); not API.
class NANGOQT_WIDGETS_EXPORT NangoConnectLogos : public QObject
{
    Q_OBJECT
public:
    explicit NangoConnectLogos(NangoLogoCache *cache, QObject *parent = nullptr);

    /// The logo of @p url, @p size device-independent pixels square for @p dpr, or the
    /// placeholder for @p name while it loads (the load starts here) and when it failed.
    QPixmap pixmap(const QUrl &url, const QString &name, int size, qreal dpr, const QPalette &palette);
    /// True when @p url's logo is shown (not the placeholder).
    bool isLoaded(const QUrl &url) const;
    /// The placeholder: @p name's first letter in a circle, in @p palette's button colours.
    static QPixmap placeholder(const QString &name, int size, qreal dpr, const QPalette &palette);

Q_SIGNALS:
    /// The picture of @p url changed (its logo arrived, or it failed for good).
    void changed(const QUrl &url);

private:
    QPixmap decode(const QUrl &url, int size, qreal dpr);

    QPointer<NangoLogoCache> m_cache;
    QHash<QString, QPixmap> m_pixmaps; // url + size + dpr
    QSet<QUrl> m_undecodable;          // served, but not an image Qt reads
};

/// The picker's rows: the logo (or placeholder) and the display name.
class NangoIntegrationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    NangoIntegrationDelegate(NangoConnectLogos *logos, QObject *parent = nullptr);
    static constexpr int LogoSize = 28;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    NangoConnectLogos *m_logos;
};
