// SPDX-License-Identifier: MIT
// nangoqt-test-headless-browser: a stand-in for the user's system browser in the tests (issue 17's
// state cookie path). QtWebEngine offscreen on an off-the-record profile of its own (its own
// cookie store) with a plain Chrome user agent (no "QtWebEngine": providers that refuse embedded
// browsers let it in, as they let Chrome in). It loads the URL it is given (Nango's /oauth/connect,
// which sets the state cookie and redirects to the provider), clicks Allow (or Deny) on the dev
// server's authorize page by running script in it, and waits for the /oauth/callback page.
//
//   nangoqt-test-headless-browser [--deny | --callback-in-second-browser] <url>
//
// --callback-in-second-browser: the Allow link is followed in a second browser (another
// off-the-record profile, without the first one's cookies), so /oauth/callback arrives there
// without the state cookie.
//
// The pages it goes through are printed on stderr (path and query key names only: the query
// holds session tokens). Exit status: 0 when the callback page loaded with a 2xx status; 1 when
// the flow went elsewhere (an error page, a refusal, no Allow button, a non-2xx callback); 2 on a
// bad command line; 3 when 30 s passed.
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QWebEngineLoadingInfo>
#include <QWebEnginePage>
#include <QWebEngineProfile>

#include <cstdio>
#include <memory>

#include <unistd.h>

namespace {

constexpr int HardCapMs = 30000;

enum class Mode { Allow, Deny, CallbackInSecondBrowser };

void say(const QString &line)
{
    std::fprintf(stderr, "headless-browser: %s\n", qPrintable(line));
    std::fflush(stderr);
}

/// The URL without its query values (session tokens, HMACs, codes): path and key names.
QString shown(const QUrl &url)
{
    QString s = url.toString(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    const QList<std::pair<QString, QString>> items = QUrlQuery(url).queryItems();
    if (!items.isEmpty()) {
        QStringList keys;
        for (const auto &item : items)
            keys << item.first;
        s += QStringLiteral("?[") + keys.join(QLatin1Char(',')) + QLatin1Char(']');
    }
    return s;
}

/// The profile's own user agent without its "QtWebEngine/x.y.z" token: what Chrome of the same
/// Chromium version sends.
QString chromeUserAgent(const QString &qtUserAgent)
{
    QStringList parts = qtUserAgent.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    parts.removeIf([](const QString &p) { return p.startsWith(QLatin1String("QtWebEngine/")); });
    return parts.join(QLatin1Char(' '));
}

class Browser : public QObject
{
public:
    Browser(Mode mode, const QUrl &start)
        : m_mode(mode)
        , m_start(start)
    {
        m_first = makeProfile(QStringLiteral("first"));
        m_firstPage.reset(new QWebEnginePage(m_first.get()));
        watch(m_firstPage.get(), QStringLiteral("first"));
        m_cap.setSingleShot(true);
        connect(&m_cap, &QTimer::timeout, this, [this] {
            finish(3, QStringLiteral("no callback page after %1 s; last page: %2").arg(HardCapMs / 1000).arg(m_lastPage));
        });
    }
    ~Browser() override
    {
        // Pages before their profiles (QtWebEngine's rule).
        m_secondPage.reset();
        m_firstPage.reset();
        m_second.reset();
        m_first.reset();
    }

    void start()
    {
        m_cap.start(HardCapMs);
        say(QStringLiteral("user agent: %1").arg(m_first->httpUserAgent()));
        m_firstPage->load(m_start);
    }

private:
    std::unique_ptr<QWebEngineProfile> makeProfile(const QString &name)
    {
        std::unique_ptr<QWebEngineProfile> profile(new QWebEngineProfile); // no storage name: off the record
        const QString agent = chromeUserAgent(profile->httpUserAgent());
        profile->setHttpUserAgent(agent);
        if (!profile->isOffTheRecord() || agent.contains(QLatin1String("QtWebEngine")))
            qFatal("headless-browser: the %s profile is not a plain off-the-record Chrome", qPrintable(name));
        return profile;
    }

    void watch(QWebEnginePage *page, const QString &browserName)
    {
        connect(page, &QWebEnginePage::loadingChanged, this, [this, page, browserName](const QWebEngineLoadingInfo &info) {
            if (info.status() == QWebEngineLoadingInfo::LoadStartedStatus)
                return;
            onLoaded(page, browserName, info);
        });
    }

    void onLoaded(QWebEnginePage *page, const QString &browserName, const QWebEngineLoadingInfo &info)
    {
        if (m_done)
            return;
        const QUrl url = info.url();
        const bool ok = info.status() == QWebEngineLoadingInfo::LoadSucceededStatus && !info.isErrorPage();
        QString status;
        if (ok)
            status = QStringLiteral("loaded");
        else if (info.errorDomain() == QWebEngineLoadingInfo::HttpStatusCodeDomain)
            status = QStringLiteral("HTTP %1").arg(info.errorCode());
        else if (info.status() == QWebEngineLoadingInfo::LoadStoppedStatus)
            status = QStringLiteral("stopped");
        else
            status = QStringLiteral("failed (%1)").arg(info.errorString());
        m_lastPage = QStringLiteral("%1 %2").arg(shown(url), status);
        say(QStringLiteral("[%1] %2").arg(browserName, m_lastPage));

        const QString path = url.path();
        if (path.endsWith(QLatin1String("/oauth/callback"))) {
            if (ok)
                finish(0, QStringLiteral("callback page loaded"));
            else
                finishWithText(page, QStringLiteral("the callback page answered %1").arg(status));
            return;
        }
        if (!ok) {
            finishWithText(page, QStringLiteral("%1 answered %2").arg(shown(url), status));
            return;
        }
        if (path.endsWith(QLatin1String("/provider/oauth/authorize")) && page == m_firstPage.get() && !m_decided) {
            m_decided = true;
            decide(page);
        }
        // Any other page (an intermediate one): wait for the next.
    }

    void decide(QWebEnginePage *page)
    {
        const QString id = m_mode == Mode::Deny ? QStringLiteral("deny") : QStringLiteral("allow");
        if (m_mode == Mode::CallbackInSecondBrowser) {
            page->runJavaScript(QStringLiteral("(function () { var a = document.getElementById('allow'); return a ? a.href : ''; })()"),
                                [this, page](const QVariant &href) {
                                    const QUrl target(href.toString());
                                    if (!target.isValid() || target.isEmpty()) {
                                        finishWithText(page, QStringLiteral("the authorize page has no Allow link"));
                                        return;
                                    }
                                    say(QStringLiteral("following Allow in a second browser (no cookies of the first)"));
                                    m_second = makeProfile(QStringLiteral("second"));
                                    m_secondPage.reset(new QWebEnginePage(m_second.get()));
                                    watch(m_secondPage.get(), QStringLiteral("second"));
                                    m_secondPage->load(target);
                                });
            return;
        }
        page->runJavaScript(QStringLiteral("(function () { var b = document.getElementById('%1');"
                                           " if (!b) { return 'none'; } b.click(); return 'clicked'; })()").arg(id),
                            [this, page, id](const QVariant &result) {
                                if (result.toString() == QLatin1String("clicked"))
                                    say(QStringLiteral("clicked %1").arg(id));
                                else
                                    finishWithText(page, QStringLiteral("the authorize page has no #%1 button").arg(id));
                            });
    }

    /// Ends with status 1, printing the page's title and the start of its text first.
    void finishWithText(QWebEnginePage *page, const QString &why)
    {
        page->runJavaScript(QStringLiteral("(document.title || '') + ' | ' + (document.body ? document.body.innerText : '')"),
                            [this, why](const QVariant &text) {
                                finish(1, why + QStringLiteral(" — page: ") + text.toString().simplified().left(400));
                            });
        // If the page cannot run script, the hard cap still ends the run; shorten it.
        QTimer::singleShot(3000, this, [this, why] { finish(1, why); });
    }

    void finish(int code, const QString &message)
    {
        if (m_done)
            return;
        m_done = true;
        m_cap.stop();
        say(code == 0 ? message : QStringLiteral("FAILED: ") + message);
        QCoreApplication::exit(code);
    }

    Mode m_mode;
    QUrl m_start;
    std::unique_ptr<QWebEngineProfile> m_first;
    std::unique_ptr<QWebEngineProfile> m_second;
    std::unique_ptr<QWebEnginePage> m_firstPage;
    std::unique_ptr<QWebEnginePage> m_secondPage;
    QTimer m_cap;
    QString m_lastPage = QStringLiteral("(none)");
    bool m_decided = false;
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    // Headless by itself: offscreen unless told otherwise, and Chromium's sandbox off as root
    // (it refuses to start there otherwise).
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (::geteuid() == 0 && !qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");

    Mode mode = Mode::Allow;
    QString target;
    bool badArgs = false;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--deny"))
            mode = Mode::Deny;
        else if (arg == QLatin1String("--callback-in-second-browser"))
            mode = Mode::CallbackInSecondBrowser;
        else if (arg.startsWith(QLatin1String("--")) || !target.isEmpty())
            badArgs = true;
        else
            target = arg;
    }
    const QUrl url(target, QUrl::StrictMode);
    if (badArgs || target.isEmpty() || !url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        std::fprintf(stderr, "usage: nangoqt-test-headless-browser [--deny | --callback-in-second-browser] <http(s) url>\n");
        return 2;
    }

    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    // Chromium sees only our program name, not the URL (QtWebEngine parses argv for its flags).
    int qtArgc = 1;
    char *qtArgv[] = {argv[0], nullptr};
    QGuiApplication app(qtArgc, qtArgv);
    int code = 0;
    {
        Browser browser(mode, url);
        QTimer::singleShot(0, &browser, &Browser::start);
        code = app.exec();
    }
    return code;
}
