// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/nangoqtcore_export.h>

#include <QMetaType>
#include <QObject>
#include <QSharedDataPointer>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

class NangoConnectUIOptionsData;

/**
 * @brief The options of NangoAuth::openConnectUI(): the JS SDK's `openConnectUI({…})` as a value type.
 *
 * Nango's hosted Connect UI is a web app (integration picker → the provider's form or the OAuth
 * popup → a success screen). NangoAuth::openConnectUI() shows it framed in an embedded window,
 * or opens the session's connect link in the system browser (NangoAuth::Browser::System).
 *
 * @code
 * NangoConnectUIOptions options;
 * options.setBaseUrl(QUrl(QStringLiteral("https://connect.example.com"))); // a self-hosted Nango's connect URL
 * options.setTheme(NangoConnectUIOptions::Theme::Dark);
 * auto *session = nango->openConnectUI(options);
 * @endcode
 */
class NANGOQT_CORE_EXPORT NangoConnectUIOptions
{
    Q_GADGET
    /// @copydoc baseUrl() const
    Q_PROPERTY(QUrl baseUrl READ baseUrl WRITE setBaseUrl)
    /// @copydoc apiUrl() const
    Q_PROPERTY(QUrl apiUrl READ apiUrl WRITE setApiUrl)
    /// @copydoc language() const
    Q_PROPERTY(QString language READ language WRITE setLanguage)
    /// The Connect UI's colour scheme (default Theme::Palette); sent as `theme=` (see url()).
    Q_PROPERTY(Theme theme READ theme WRITE setTheme)
    /// @copydoc detectClosedAuthWindow() const
    Q_PROPERTY(bool detectClosedAuthWindow READ detectClosedAuthWindow WRITE setDetectClosedAuthWindow)
    /// @copydoc readyTimeout() const
    Q_PROPERTY(int readyTimeout READ readyTimeout WRITE setReadyTimeout)
public:
    /// The Connect UI's colour scheme.
    enum class Theme {
        Palette, ///< the embedded window picks light or dark from the application's palette (the default)
        System,  ///< the web page follows the system's preference (`theme=system`)
        Light,   ///< `theme=light`
        Dark,    ///< `theme=dark`
    };
    Q_ENUM(Theme)

    static constexpr int DefaultReadyTimeout = 10 * 1000; ///< ms: the Connect UI's own wait for the token

    NangoConnectUIOptions();
    /// Copies @p other.
    NangoConnectUIOptions(const NangoConnectUIOptions &other);
    /// Moves @p other into a new object.
    NangoConnectUIOptions(NangoConnectUIOptions &&other) noexcept;
    /// Assigns a copy of @p other.
    NangoConnectUIOptions &operator=(const NangoConnectUIOptions &other);
    /// Moves @p other into this object.
    NangoConnectUIOptions &operator=(NangoConnectUIOptions &&other) noexcept;
    ~NangoConnectUIOptions();

    /// Where the Connect UI is served: `https://connect.nango.dev` by default; a self-hosted
    /// Nango's own connect URL (its `NANGO_PUBLIC_CONNECT_URL`). Only messages from its origin
    /// are accepted.
    QUrl baseUrl() const;
    /// Setter of the #baseUrl property.
    void setBaseUrl(const QUrl &url);
    /// The Nango API the Connect UI talks to (its `apiURL`); empty (the default): the NangoAuth's host.
    QUrl apiUrl() const;
    /// Setter of the #apiUrl property.
    void setApiUrl(const QUrl &url);
    /// The UI's language (`lang`: en, fr, de, es, ja); empty (the default): the language
    /// NangoTranslations::install() put NangoQt in, or — nothing installed — none sent (the UI
    /// uses the browser's language).
    QString language() const;
    /// Setter of the #language property.
    void setLanguage(const QString &language);
    /// Getter of the #theme property.
    Theme theme() const;
    /// Setter of the #theme property.
    void setTheme(Theme theme);
    /// `detectClosedAuthWindow=true`: the UI treats a closed OAuth popup as a failed authorization
    /// (false by default, as in the JS SDK).
    bool detectClosedAuthWindow() const;
    /// Setter of the #detectClosedAuthWindow property.
    void setDetectClosedAuthWindow(bool detect);
    /// Milliseconds the embedded window waits for the Connect UI's `ready` message before the
    /// session fails with `connect_ui_not_ready` and closes (default 10 s; values < 1 use it).
    int readyTimeout() const;
    /// Setter of the #readyTimeout property.
    void setReadyTimeout(int milliseconds);

    /// The origin messages must come from: baseUrl()'s scheme, host and port (no default port),
    /// as a browser writes `MessageEvent.origin`, e.g. "https://connect.nango.dev".
    QString allowedOrigin() const;

    /**
     * The URL the embedded window frames, built as the JS SDK builds it. Its form:
     * `<baseUrl, its path ending in '/'>?apiURL=…[&detectClosedAuthWindow=true][&lang=xx][&theme=…]`.
     * `apiURL` is apiUrl(), or @p defaultApiUrl when that is empty (NangoAuth passes its host);
     * @p resolvedTheme is "light", "dark" or "system" (theme() resolved; "" sends none). The
     * session token never goes in this URL.
     */
    QUrl url(const QUrl &defaultApiUrl, const QString &resolvedTheme) const;

    /**
     * The session's connect link, as a Nango server builds `connect_link`
     * (`<baseUrl with '/'>?session_token=…`), plus `&apiURL=…` when the API is not Nango Cloud's
     * (`https://api.nango.dev`: a self-hosted link carries none, and opened alone it would call
     * Nango Cloud), then lang, theme (System, Light, Dark only) and detectClosedAuthWindow as
     * url() adds them. What Browser::System opens. It carries the token: treat it as a secret.
     */
    QUrl connectLink(const QString &sessionToken, const QUrl &defaultApiUrl) const;

    /// "light", "dark" or "system" for System, Light and Dark; @p paletteTheme for Palette.
    QString resolvedTheme(const QString &paletteTheme) const;

    /**
     * Builds options from a map with the JS SDK's key names: `baseURL`, `apiURL`, `lang`,
     * `theme` ("light", "dark", "system", or "palette"; `themeOverride` is read too),
     * `detectClosedAuthWindow`; and NangoQt's `readyTimeout` (ms). Unknown keys, and values
     * that cannot be used (a theme name not in the list, a URL that does not parse), are
     * reported in @p unknownKeys.
     */
    static NangoConnectUIOptions fromVariantMap(const QVariantMap &map, QStringList *unknownKeys = nullptr);

private:
    QSharedDataPointer<NangoConnectUIOptionsData> d;
};

Q_DECLARE_TYPEINFO(NangoConnectUIOptions, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(NangoConnectUIOptions)
