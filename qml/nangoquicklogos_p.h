// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/NangoAuth>

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqml.h>

/**
 * `LogoImages` in QML: the integrations' logos as Image sources. source(url) is an
 * `image://nangologo/…` URL of the module's QQuickAsyncImageProvider "nangologo" (installed in
 * the engine that creates a LogoImages), which reads the bytes through Core's NangoLogoCache
 * (process-wide cache; no HTTP here) with the CA certificates of \c auth, and renders them at
 * the Image's sourceSize (SVG drawn at that size). A logo that cannot be loaded gives an empty
 * image, never an error: an Image then has no implicit size and the view shows its placeholder.
 */
class NangoQuickLogoImages : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_NAMED_ELEMENT(LogoImages)
    Q_PROPERTY(NangoAuth *auth READ auth WRITE setAuth NOTIFY authChanged)
public:
    explicit NangoQuickLogoImages(QObject *parent = nullptr);

    NangoAuth *auth() const;
    void setAuth(NangoAuth *auth);

    /// The Image source for the logo at @p url ("" for an empty URL).
    Q_INVOKABLE QString source(const QUrl &url) const;

    void classBegin() override;
    void componentComplete() override {}

    static constexpr char ProviderId[] = "nangologo";

Q_SIGNALS:
    void authChanged();

private:
    QPointer<NangoAuth> m_auth;
};
