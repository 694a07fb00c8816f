// SPDX-License-Identifier: MIT
// nango-connect's command line: every option and environment variable, checked before the
// application object exists (a usage error must not start a GUI or Chromium) — all but the
// contents of the --ca-cert file, which Qt's TLS backend should only read once it exists.
#pragma once

#include <NangoQt/NangoAuthMode>

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace NangoConnect {

/// What one run of nango-connect does, once every argument is valid.
struct Settings
{
    enum class Browser { Embedded, System };
    /// The one secret stdin may carry (the parser refuses two).
    enum class StdinSecret { None, SessionToken, ApiKey, Password, Credentials };

    QString integration;
    QString connectionId;
    bool unauthenticated = false;
    /// No credentials given: the OAuth window (and, embedded, a QApplication). With
    /// --credentials-stdin decided once stdin is read (the credentials may be an OAuth override pair).
    bool oauth = false;
    bool reconnect = false;     ///< --reconnect: NangoAuth::reconnect() with the (reconnect) session token
    QString installation;       ///< --installation outbound
    NangoAuthMode::Mode authMode = NangoAuthMode::Unknown; ///< --auth-mode; Unknown: inferred
    Browser browser = Browser::Embedded;
    /// DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM is set (not empty): a GUI application can try to start.
    bool display = false;

    QString host;           ///< empty: NangoAuth's default
    QString publicKey;      ///< --public-key or $NANGO_PUBLIC_KEY
    QString sessionToken;   ///< --session-token or $NANGO_CONNECT_SESSION_TOKEN (unless from stdin)
    QString websocketsPath; ///< --websockets-path or $NANGO_WEBSOCKETS_PATH; empty: NangoAuth's default
    int width = 0;          ///< 0: NangoAuth's default
    int height = 0;
    int timeoutMs = -1;     ///< -1: NangoAuth's default; 0: none
    QString caCertificateFile; ///< --ca-cert (not read yet: that needs the application object)

    StdinSecret stdinSecret = StdinSecret::None;
    bool apiKey = false;    ///< an API-key flow (the key comes from stdin)
    bool hasUsername = false;
    QString username;
    QString passwordFromEnvironment; ///< $NANGO_PASSWORD, for --username without --password-stdin

    QMap<QString, QString> params;
    QMap<QString, QString> authorizationParams;
    QString hmac;
    bool hasUserScope = false;
    QStringList userScope;
    bool detectClosedWindow = true;

    bool json = false;
    /// --debug: NangoQt's debug log, and Qt's and QtWebEngine's own messages, on stderr.
    bool debug = false;
};

struct ParseResult
{
    enum class Kind { Run, Help, UsageError };
    Kind kind = Kind::UsageError;
    Settings settings; ///< Run
    QString text;      ///< Help: the help text; UsageError: the message
    bool json = false; ///< --json was asked for (also found when the arguments do not parse)
};

/// Parses argv (arguments[0] is the program) and the environment.
ParseResult parseArguments(const QStringList &arguments);

} // namespace NangoConnect
