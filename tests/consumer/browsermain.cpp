// Built against the *installed* NangoQt package by the package_consumer and package_deb tests.
//
// Issue 17's "Continue in your browser" from an app: NangoAuth::browser = Auto in an app that
// links NangoQt::Widgets (so an embedded window exists and Auto has to choose). The dev server's
// github-auto (provider github, not a host that refuses embedded browsers) must run in the
// embedded modal, without the system browser; google-calendar-dev (provider google-calendar,
// authorization URL on accounts.google.com) must go to the system browser: the
// NangoConnectAction reports inSystemBrowser with the flow's authorizationUrl, and the flow
// completes when that browser allows on the provider's page. Only the documented API is used.
//
// The "system browser" is the platform's: NangoQt runs `xdg-open <url>` (Core's default opener,
// NangoSystemBrowserWindow) and the test puts an `xdg-open` first on PATH that runs this program
// as `browser_consumer --browse <url>`. That mode is a small browser on QNetworkAccessManager
// with its own cookie jar and a Firefox user agent: it loads the URL (Nango's /oauth/connect sets
// the OAuth state cookie and redirects to the provider), follows the authorize page's Allow link
// and the redirects to /oauth/callback, as a user's browser would.
//
//   browser_consumer <nango-dev-server>
//   browser_consumer --browse <url>
// Exit (app): 0 both flows right; 2 a flow failed; 3 github-auto went to the system browser or
//             no window showed; 4 timeout; 5 the dev server did not start; 6 google-calendar-dev
//             was not in the system browser or had no authorizationUrl; 64 usage.
// Exit (--browse): 0 the callback page answered 2xx; 1 the flow went elsewhere; 3 timeout.
#include "consumersupport.h"

#include <NangoQt/NangoAuth>
#include <NangoQt/NangoAuthFlow>
#include <NangoQt/NangoConnectAction>

#include <QApplication>
#include <QEvent>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>
#include <QWindow>

#include <cstdio>

namespace {

void say(const char *who, const QString &line)
{
    std::fprintf(stderr, "%s: %s\n", who, qPrintable(line));
    std::fflush(stderr);
}

/// The URL without query values (they hold tokens): for the log.
QString shown(const QUrl &url)
{
    QStringList keys;
    for (const auto &item : QUrlQuery(url).queryItems())
        keys << item.first;
    return url.toString(QUrl::RemoveQuery) + (keys.isEmpty() ? QString() : QStringLiteral("?[%1]").arg(keys.join(QLatin1Char(','))));
}

/// The "system browser": GET with manual redirects (each response's cookies go to the jar).
class Browser : public QObject
{
public:
    explicit Browser(QCoreApplication *app)
        : m_app(app)
    {
    }
    int result = 3;

    void load(const QUrl &url, int hops = 0)
    {
        if (hops > 10)
            return finish(1, QStringLiteral("too many redirects"));
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setHeader(QNetworkRequest::UserAgentHeader,
                          QStringLiteral("Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Firefox/115.0"));
        QNetworkReply *reply = m_nam.get(request);
        QObject::connect(reply, &QNetworkReply::finished, this, [this, reply, url, hops] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            say("browser", QStringLiteral("%1 → HTTP %2").arg(shown(url)).arg(status));
            const QByteArray body = reply->readAll();
            if (status >= 300 && status < 400) {
                const QUrl location = url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
                return load(location, hops + 1);
            }
            if (url.path().endsWith(QLatin1String("/oauth/callback")))
                return finish(status >= 200 && status < 300 ? 0 : 1, QStringLiteral("callback page answered %1").arg(status));
            if (status != 200)
                return finish(1, QStringLiteral("%1 answered %2: %3").arg(shown(url)).arg(status).arg(QString::fromUtf8(body.left(300))));
            if (url.path().endsWith(QLatin1String("/provider/oauth/authorize"))) {
                // The user clicks Allow: follow its link.
                const QRegularExpressionMatch m =
                    QRegularExpression(QStringLiteral("id=\"allow\"[^>]*href=\"([^\"]+)\"")).match(QString::fromUtf8(body));
                if (!m.hasMatch())
                    return finish(1, QStringLiteral("the authorize page has no Allow link"));
                QString href = m.captured(1);
                href.replace(QLatin1String("&amp;"), QLatin1String("&"));
                say("browser", QStringLiteral("clicked Allow"));
                return load(url.resolved(QUrl(href)), 0);
            }
            finish(1, QStringLiteral("unexpected page %1").arg(shown(url)));
        });
    }

private:
    void finish(int code, const QString &why)
    {
        say("browser", why);
        result = code;
        m_app->quit();
    }
    QCoreApplication *m_app;
    QNetworkAccessManager m_nam; // its default cookie jar: this browser's own cookies
};

int browse(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Browser browser(&app);
    browser.load(QUrl::fromEncoded(argv[2]));
    QTimer::singleShot(30000, &app, &QCoreApplication::quit);
    app.exec();
    return browser.result;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--browse") == 0)
        return browse(argc, argv);
    QApplication app(argc, argv);
    if (argc != 2)
        return 64;
    // No main window of its own: the modal closing after the first flow must not end the app.
    app.setQuitOnLastWindowClosed(false);

    DevServerProcess server;
    if (!server.start(QString::fromLocal8Bit(argv[1]))) {
        say("browser_consumer", QStringLiteral("nango-dev-server did not start"));
        return 5;
    }

    WindowWatcher watcher;
    app.installEventFilter(&watcher);
    NangoAuth nango;
    nango.setHost(server.host);
    nango.setConnectSessionToken(server.token);
    nango.setTimeout(60000);
    nango.setBrowser(NangoAuth::Browser::Auto);

    int rc = 4;
    bool sawSystemBrowser = false;
    QUrl authorizationUrl;
    NangoConnectAction google;
    google.setAuth(&nango);
    google.setIntegrationId(QStringLiteral("google-calendar-dev"));
    QObject::connect(&google, &NangoConnectAction::inSystemBrowserChanged, &app, [&] {
        say("browser_consumer", QStringLiteral("google-calendar-dev inSystemBrowser=%1").arg(google.isInSystemBrowser()));
        if (google.isInSystemBrowser()) {
            sawSystemBrowser = true;
            authorizationUrl = google.authorizationUrl();
        }
    });
    QObject::connect(&google, &NangoConnectAction::succeeded, &app, [&](const QString &key, const QString &connectionId) {
        std::printf("connected %s as %s through the system browser (%s)\n", qPrintable(key), qPrintable(connectionId),
                    qPrintable(authorizationUrl.path()));
        if (!sawSystemBrowser || authorizationUrl.isEmpty() || google.isInSystemBrowser()) {
            say("browser_consumer", QStringLiteral("google-calendar-dev connected without the system browser state"));
            rc = 6;
        } else {
            rc = 0;
        }
        QCoreApplication::quit();
    });
    QObject::connect(&google, &NangoConnectAction::failed, &app, [&](const QString &type, const QString &message) {
        say("browser_consumer", QStringLiteral("google-calendar-dev: %1: %2").arg(type, message));
        rc = 2;
        QCoreApplication::quit();
    });

    // First github-auto: Auto keeps it in the embedded modal (auto-approved by the dev server).
    NangoAuthFlow *github = nango.auth(QStringLiteral("github-auto"));
    if (!github)
        return 2;
    QObject::connect(github, &NangoAuthFlow::succeeded, &app, [&, github](const QString &, const QString &connectionId) {
        std::printf("connected github-auto as %s in the embedded window\n", qPrintable(connectionId));
        if (github->isInSystemBrowser() || !watcher.shown) {
            say("browser_consumer", QStringLiteral("github-auto did not run in a shown embedded window"));
            rc = 3;
            QCoreApplication::quit();
            return;
        }
        // Then google-calendar-dev through the action, as a connect button does.
        QTimer::singleShot(0, &google, &NangoConnectAction::trigger);
    });
    QObject::connect(github, &NangoAuthFlow::failed, &app, [&](const QString &type, const QString &message) {
        say("browser_consumer", QStringLiteral("github-auto: %1: %2").arg(type, message));
        rc = 2;
        QCoreApplication::quit();
    });
    QTimer::singleShot(90000, &app, &QCoreApplication::quit);
    app.exec();
    return rc;
}
