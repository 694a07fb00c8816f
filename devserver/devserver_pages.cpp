// SPDX-License-Identifier: MIT
// HTML pages: the callback pages of both eras (docs/protocol.md §5.2), the fake provider's authorize page,
// plain message pages, and the index.
#include "nangodevserver_p.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace NangoDev {

namespace {
/// A JSON string literal that is safe inside a <script> element.
QString scriptString(const QString &text)
{
    QString json = QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact));
    json = json.mid(1, json.size() - 2);
    json.replace(QLatin1Char('<'), QStringLiteral("\\u003c")).replace(QLatin1Char('>'), QStringLiteral("\\u003e"));
    return json;
}
} // namespace

QString NangoDevServerPrivate::callbackPage(bool success, const QString &message) const
{
    if (era == Era::Seed) {
        // A minimal page that closes itself (seed-era servers).
        return QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>Authorization callback</title>\n</head>\n"
                              "<body>\n<noscript>JavaScript is required to proceed with the authentication.</noscript>\n"
                              "<script type=\"text/javascript\">\n"
                              "  window.authError = %1;\n"
                              "  setTimeout(function () { window.close(); }, 300);\n"
                              "</script>\n</body>\n</html>\n")
            .arg(success ? QStringLiteral("null") : scriptString(message));
    }
    const QString title = success ? QStringLiteral("Successful connection ✅") : QStringLiteral("Connection failed ✕");
    const QString text = success ? QStringLiteral("You can close this window.") : htmlEscape(message);
    const QString event = success
        ? QStringLiteral("{ type: 'nango_oauth_callback_success' }")
        : QStringLiteral("{ type: 'nango_oauth_callback_error', payload: { message: %1, errorType: 'connection_validation_failed' } }")
              .arg(scriptString(message));
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>%1</title>\n"
               "<style>body{font-family:system-ui,sans-serif;display:flex;align-items:center;justify-content:center;"
               "height:100vh;margin:0;background:#fafafa;color:#222}main{text-align:center}h1{font-size:1.4em}</style>\n"
               "</head>\n<body>\n<main>\n<h1>%1</h1>\n<p>%2</p>\n</main>\n<script>\n"
               "  (function () {\n"
               "    var message = %3;\n"
               "    try { if (window.opener) { window.opener.postMessage(message, '*'); } } catch (e) {}\n"
               "    try { var channel = new BroadcastChannel('nango-oauth-callback'); channel.postMessage(message); channel.close(); } catch (e) {}\n"
               "    %4\n"
               "  })();\n"
               "</script>\n</body>\n</html>\n")
        .arg(title, text, event,
             success ? QStringLiteral("setTimeout(function () { window.close(); }, 500);") : QString());
}

QString NangoDevServerPrivate::messagePage(const QString &title, const QString &text)
{
    return QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>%1</title>\n</head>\n"
                          "<body>\n<p>%2</p>\n</body>\n</html>\n")
        .arg(htmlEscape(title), htmlEscape(text));
}

QString NangoDevServerPrivate::providerPage(const Integration &integration, const OAuthSession &s)
{
    const QString name = htmlEscape(integration.displayName.isEmpty() ? integration.uniqueKey : integration.displayName);
    QString scopes;
    for (const QString &scope : s.scopes)
        scopes += QStringLiteral("<li><code>%1</code></li>").arg(htmlEscape(scope));
    if (scopes.isEmpty())
        scopes = QStringLiteral("<li>(no scopes)</li>");
    const QString state = QString::fromLatin1(percentEncodeComponent(s.state));
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
               "<title>Dev Provider — authorize</title>\n<style>\n"
               "body{font-family:system-ui,sans-serif;margin:0;background:#eef2f7;color:#1b2430}\n"
               "header{background:#3457d5;color:#fff;padding:18px 24px;font-size:1.3em;font-weight:600}\n"
               "main{max-width:420px;margin:24px auto;background:#fff;border-radius:8px;padding:20px 24px;box-shadow:0 1px 4px #0002}\n"
               "a.button{display:inline-block;padding:10px 22px;margin:8px 8px 0 0;border-radius:6px;text-decoration:none;font-weight:600}\n"
               "#allow{background:#2e9e4f;color:#fff}#deny{background:#d8dde5;color:#1b2430}\n"
               "</style>\n</head>\n<body>\n<header>Dev Provider</header>\n<main>\n"
               "<h1>Authorize %1</h1>\n"
               "<p><strong>%1</strong> (integration <code>%2</code>) asks for access to your Dev Provider account with these scopes:</p>\n"
               "<ul>%3</ul>\n"
               "<p>\n<a class=\"button\" id=\"allow\" href=\"/provider/oauth/decide?decision=allow&amp;state=%4\">Allow</a>\n"
               "<a class=\"button\" id=\"deny\" href=\"/provider/oauth/decide?decision=deny&amp;state=%4\">Deny</a>\n</p>\n"
               "</main>\n</body>\n</html>\n")
        .arg(name, htmlEscape(integration.uniqueKey), scopes, state);
}

QString NangoDevServerPrivate::disallowedUserAgentPage()
{
    // After Google's page for a sign-in from an embedded browser: no button, no link, nothing to
    // do in this window but leave it.
    return QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<title>Error 403: disallowed_useragent</title>\n<style>\n"
        "body{font-family:system-ui,sans-serif;margin:0;background:#fff;color:#202124}\n"
        "main{max-width:450px;margin:48px auto;border:1px solid #dadce0;border-radius:8px;padding:36px 40px}\n"
        "h1{font-size:1.5em;font-weight:400}.code{font-weight:500;margin-top:24px}\n"
        "</style>\n</head>\n<body>\n<main>\n"
        "<p>Sign in with Google</p>\n"
        "<h1>Access blocked: this browser or app may not be secure</h1>\n"
        "<p>This browser or app may not be secure. You can\u2019t sign in from this screen because this app "
        "doesn\u2019t comply with Google\u2019s secure browsers policy.</p>\n"
        "<p>Use a secure browser to sign in: open this page in your system\u2019s web browser, such as "
        "Chrome, Firefox or Safari, and try again there.</p>\n"
        "<p class=\"code\">Error 403: disallowed_useragent</p>\n"
        "</main>\n</body>\n</html>\n");
}

QString NangoDevServerPrivate::indexPage() const
{
    QString rows;
    for (const Integration &i : integrations)
        rows += QStringLiteral("<li><code>%1</code> — %2 (%3)</li>").arg(htmlEscape(i.uniqueKey), htmlEscape(i.displayName), htmlEscape(i.authMode));
    return QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>Nango dev server</title>\n</head>\n"
                          "<body>\n<h1>Nango dev server</h1>\n<p>Era: %1. WebSocket path: <code>%2</code>.</p>\n<ul>%3</ul>\n</body>\n</html>\n")
        .arg(era == Era::Seed ? QStringLiteral("seed") : QStringLiteral("current"), htmlEscape(webSocketPath), rows);
}

} // namespace NangoDev
