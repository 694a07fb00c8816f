// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

/**
 * The C++ side of the hosted Connect UI's host page (connectui/host.html), published on the
 * page's QWebChannel as `nangoBridge`: the page reads frameUrl and allowedOrigin, frames the URL,
 * hands every `message` event to receive() and posts postToFrame()'s messages into the frame
 * (targetOrigin: allowedOrigin). Both faces use it: the Widgets dialog and the QML
 * ConnectUIWindow. Which messages count is Core's decision (NangoConnectUISession); the bridge
 * only notes whether the Connect UI said `ready` (from the allowed origin), so that a face can
 * leave Escape to the UI from then on (the UI asks before closing a dirty form).
 */
class NangoConnectUIBridge : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString frameUrl READ frameUrl CONSTANT)
    Q_PROPERTY(QString allowedOrigin READ allowedOrigin CONSTANT)
    Q_PROPERTY(QString frameTitle READ frameTitle CONSTANT)
    Q_PROPERTY(bool uiReady READ isUiReady NOTIFY uiReadyChanged)
public:
    NangoConnectUIBridge(const QUrl &frameUrl, const QString &allowedOrigin, QObject *parent = nullptr);

    QString frameUrl() const { return m_frameUrl.toString(QUrl::FullyEncoded); }
    QString allowedOrigin() const { return m_allowedOrigin; }
    QString frameTitle() const;
    bool isUiReady() const { return m_uiReady; }

    /// The page's qrc: URL, the web channel's name for the bridge.
    static QUrl hostPageUrl();
    static QString channelName() { return QStringLiteral("nangoBridge"); }
    /// "dark" when @p windowColor is dark, else "light" (NangoConnectUIOptions::Theme::Palette).
    static QString themeFor(const QColor &windowColor);

    /// From the page: a `message` event's data and origin.
    Q_INVOKABLE void receive(const QJsonObject &data, const QString &origin);
    /// From the page: the frame is in the document.
    Q_INVOKABLE void hostLoaded();

    /// Posts @p message into the frame.
    void post(const QJsonObject &message) { Q_EMIT postToFrame(message); }

Q_SIGNALS:
    void postToFrame(const QJsonObject &message);
    void messageReceived(const QJsonObject &message, const QString &origin);
    void frameCreated();
    void uiReadyChanged();

private:
    const QUrl m_frameUrl;
    const QString m_allowedOrigin;
    bool m_uiReady = false;
};
