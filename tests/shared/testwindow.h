// SPDX-License-Identifier: MIT
// A test-only authorization window: it behaves like a browser tab without a GUI. It follows
// redirects, keeps cookies, reports each page it lands on, and on the dev server's fake provider
// page "presses" Allow or Deny by following that link.
#pragma once

#include <NangoQt/NangoAuthWindow>

#include <QList>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSize>
#include <QSslConfiguration>
#include <QStringList>
#include <QUrl>

#include <memory>

/// What a window saw; outlives the window (the flow deletes its window when it ends).
struct WindowRecord
{
    /// Every call the flow made, in order: "prepare", "open", "close".
    QStringList calls;
    QSize preparedSize;
    QString preparedIntegrationId;
    QString preparedHost;
    QSize openedSize;
    QUrl openedUrl;
    QList<QUrl> visited;
    QList<int> statuses;
    int closeCalls = 0;
};

class QNetworkReply;

class FollowingWindow : public NangoAuthWindow
{
    Q_OBJECT
public:
    enum Action {
        Allow,              ///< press Allow on the provider page
        Deny,               ///< press Deny
        CloseOnProvider,    ///< the user closes the window on the provider page
        CloseWhileConnecting, ///< the user closes the window after prepare(), before open()
        CloseBeforeLoad,    ///< the user closes the window before anything loaded
        CloseWhileLoading,  ///< the user closes while the first request is in flight
        Stay,               ///< leave the provider page open
        ReplayCallback,     ///< after the callback page, load the same callback again
    };
    Q_ENUM(Action)

    explicit FollowingWindow(Action action, QObject *parent = nullptr);

    void prepare(const QSize &size, const QString &integrationId, const QString &host) override;
    void open(const QUrl &url, const QSize &size, const QString &integrationId) override;
    void close() override;

    /// For tests: act as if the user closed the window now.
    void userClose();
    /// For tests: the user goes on in the same profile (e.g. a re-opened tab): reload the
    /// last page and act as @p next.
    void resume(Action next);

    Action action;
    /// TLS settings of the window's requests (a test trusting its own CA sets them).
    QSslConfiguration sslConfiguration = QSslConfiguration::defaultConfiguration();
    std::shared_ptr<WindowRecord> record = std::make_shared<WindowRecord>();

private:
    void load(const QUrl &url, int hops);
    void onFinished(QNetworkReply *reply, int hops);

    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_reply;
    bool m_closed = false;
    bool m_replayed = false;
};
