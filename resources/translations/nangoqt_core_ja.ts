<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>NangoAuth</name>
    <message>
        <location filename="../../src/nangoauth.cpp" line="+51"/>
        <source>The application gave no fresh connect session token within %1 s.</source>
        <translation>アプリケーションが %1 秒以内に新しい接続セッショントークンを提供しませんでした。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The application gave no fresh connect session token.</source>
        <translation>アプリケーションが新しい接続セッショントークンを提供しませんでした。</translation>
    </message>
    <message>
        <location filename="../../src/nangoauthflow.cpp" line="+38"/>
        <source>Authorization fail: The user has closed the authorization modal before the process was complete.</source>
        <translation>認証失敗：処理が完了する前にユーザーが認証モーダルを閉じました。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Reconnect requires a connect session token: your backend makes one for the connection with POST /connect/sessions/reconnect (secret key; connection_id and integration_id) and the app sets it as NangoAuth::connectSessionToken (or supplies it with setConnectSessionTokenProvider()).</source>
        <translation>再接続には接続セッショントークンが必要です。バックエンドが POST /connect/sessions/reconnect（シークレットキーを使用し、connection_id と integration_id を指定）でその接続用のトークンを作成し、アプリがそれを NangoAuth::connectSessionToken に設定します（または setConnectSessionTokenProvider() で提供します）。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The call has no connect session token and the application gave none: %1</source>
        <translation>この呼び出しには接続セッショントークンがなく、アプリケーションからも提供されませんでした：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../src/nangovalidation.cpp" line="+464"/>
        <source>You must specify a public key OR a connect session token (cf. documentation).</source>
        <translation>公開キーまたは接続セッショントークンのどちらかを指定する必要があります（ドキュメントを参照してください）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No result from the Nango server at %1 within %2 s.</source>
        <translation>%1 の Nango サーバーから %2 秒以内に結果が返りませんでした。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Invalid URL provided for the Nango host.</source>
        <translation>Nango ホストに指定された URL が無効です。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(The application&apos;s fresh connect session token was refused too; NangoQt asks only once per request.)</source>
        <translation>（アプリケーションの新しい接続セッショントークンも拒否されました。NangoQt がトークンを求めるのは 1 回のリクエストにつき 1 度だけです。）</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>%1 is in NangoAuth::systemBrowserHosts</source>
        <translation>%1 は NangoAuth::systemBrowserHosts に含まれています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refuses sign-in in embedded browsers</source>
        <translation>%1 は埋め込みブラウザーでのサインインを拒否します</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>No embedded browser is available: link NangoQt::Widgets or import the NangoQt QML module, or set NangoAuth::browser to System.</source>
        <translation>使用できる埋め込みブラウザーがありません。NangoQt::Widgets をリンクするか NangoQt QML モジュールをインポートしてください。または NangoAuth::browser を System に設定してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The authorization window could not be created.</source>
        <translation>認証ウィンドウを作成できませんでした。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The authorization window is gone.</source>
        <translation>認証ウィンドウが破棄されました。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The Nango server&apos;s success frame carried no connection_id.</source>
        <translation>Nango サーバーの成功フレームに connection_id が含まれていませんでした。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the Chromium of QtWebEngine</source>
        <translation>QtWebEngine の Chromium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chromium %1 in QtWebEngine</source>
        <translation>QtWebEngine の Chromium %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refuses this embedded browser (%2). Use the system browser for this integration: set NangoAuth::browser to System, or add %1 to NangoAuth::systemBrowserHosts.</source>
        <translation>%1 はこの埋め込みブラウザー（%2）を拒否します。このインテグレーションにはシステムのブラウザーを使用してください。NangoAuth::browser を System に設定するか、%1 を NangoAuth::systemBrowserHosts に追加してください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The Nango server&apos;s callback page reported an error and sent no result: &quot;%1&quot;.</source>
        <translation>Nango サーバーのコールバックページがエラーを報告し、結果を送信しませんでした：「%1」。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Nango server answered the authorization window with HTTP %1: &quot;%2&quot;.</source>
        <translation>Nango サーバーが認証ウィンドウに HTTP %1 で応答しました：「%2」。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Authorization cancelled: the application cancelled the flow before it was complete.</source>
        <translation>認証がキャンセルされました：フローが完了する前にアプリケーションがキャンセルしました。</translation>
    </message>
    <message>
        <location filename="../../src/nangocatalog.cpp" line="+172"/>
        <source>The catalog has no NangoAuth to read the session from.</source>
        <translation>カタログには、セッションを読み取るための NangoAuth がありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the catalog needs a connect session token (a public key cannot read it): ask your backend for one (POST /connect/sessions) and set it on NangoAuth.</source>
        <translation>カタログの読み取りには接続セッショントークンが必要です（公開キーでは読み取れません）。バックエンドにトークンを要求し（POST /connect/sessions）、NangoAuth に設定してください。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The Nango server at %1 sent a catalog answer larger than %2 bytes.</source>
        <translation>%1 の Nango サーバーが %2 バイトを超えるカタログの応答を送信しました。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The Nango server at %1 did not answer the catalog request within %2 s.</source>
        <translation>%1 の Nango サーバーが %2 秒以内にカタログの要求に応答しませんでした。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The Nango server answered HTTP %1, a redirect to &quot;%2&quot;; check the host setting.</source>
        <translation>Nango サーバーが HTTP %1（「%2」へのリダイレクト）で応答しました。ホストの設定を確認してください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The Nango server answered HTTP %1 without the catalog&apos;s data: &quot;%2&quot;.</source>
        <translation>Nango サーバーがカタログのデータを含まない HTTP %1 で応答しました：「%2」。</translation>
    </message>
    <message>
        <location line="+324"/>
        <source>No provider name was given.</source>
        <translation>プロバイダー名が指定されていません。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the catalog was cancelled.</source>
        <translation>カタログの読み取りがキャンセルされました。</translation>
    </message>
    <message>
        <location filename="../../src/nangoconnectuimodel.cpp" line="+182"/>
        <source>The Connect UI has no NangoAuth to read the connect session with.</source>
        <translation>Connect UI には、接続セッションを読み取るための NangoAuth がありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Connect UI needs a connect session token: ask your backend for one (POST /connect/sessions) and set it on NangoAuth, or give NangoAuth a token provider.</source>
        <translation>Connect UI には接続セッショントークンが必要です。バックエンドにトークンを要求して（POST /connect/sessions）NangoAuth に設定するか、NangoAuth にトークンプロバイダーを設定してください。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The Connect UI needs a connect session token and the application gave none: its backend makes one with POST /connect/sessions.</source>
        <translation>Connect UI には接続セッショントークンが必要ですが、アプリケーションから提供されませんでした。トークンはアプリケーションのバックエンドが POST /connect/sessions で作成します。</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>The definition of &quot;%1&quot; could not be read from the catalog.</source>
        <translation>カタログから「%1」の定義を読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The connection to &quot;%1&quot; could not be started.</source>
        <translation>「%1」への接続を開始できませんでした。</translation>
    </message>
    <message>
        <location filename="../../src/nangoconnectuisession.cpp" line="+112"/>
        <source>The Connect UI got no connect session token within %1 s: set NangoAuth::connectSessionToken, call NangoConnectUISession::setSessionToken(), or give the NangoAuth a token provider.</source>
        <translation>Connect UI は %1 秒以内に接続セッショントークンを受け取れませんでした。NangoAuth::connectSessionToken を設定するか、NangoConnectUISession::setSessionToken() を呼び出すか、NangoAuth にトークンプロバイダーを設定してください。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The Connect UI&apos;s base URL &quot;%1&quot; is not an http(s) URL: set NangoConnectUIOptions::baseUrl (default https://connect.nango.dev; a self-hosted Nango&apos;s connect URL).</source>
        <translation>Connect UI のベース URL「%1」は http(s) の URL ではありません。NangoConnectUIOptions::baseUrl を設定してください（既定値は https://connect.nango.dev。セルフホストの Nango ではその Connect 用 URL）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No embedded browser is available for the Connect UI: link NangoQt::Widgets or import the NangoQt QML module, or set NangoAuth::browser to System.</source>
        <translation>Connect UI に使用できる埋め込みブラウザーがありません。NangoQt::Widgets をリンクするか NangoQt QML モジュールをインポートしてください。または NangoAuth::browser を System に設定してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The Connect UI window could not be created.</source>
        <translation>Connect UI ウィンドウを作成できませんでした。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The connect link needs a connect session token: set NangoAuth::connectSessionToken (your backend makes it with POST /connect/sessions), call NangoConnectUISession::setSessionToken(), or give the NangoAuth a token provider.</source>
        <translation>接続リンクには接続セッショントークンが必要です。NangoAuth::connectSessionToken を設定する（トークンはバックエンドが POST /connect/sessions で作成します）か、NangoConnectUISession::setSessionToken() を呼び出すか、NangoAuth にトークンプロバイダーを設定してください。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The Connect UI reported an error (%1).</source>
        <translation>Connect UI がエラーを報告しました（%1）。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The application gave no connect session token for the Connect UI.</source>
        <translation>アプリケーションが Connect UI 用の接続セッショントークンを提供しませんでした。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Connect UI at %1 did not start: no &quot;ready&quot; message came from %2 within %3 s. Check NangoConnectUIOptions::baseUrl (a self-hosted Nango&apos;s NANGO_PUBLIC_CONNECT_URL), that the server answers, and that it lets the page be framed (no X-Frame-Options or frame-ancestors refusal).</source>
        <translation>%1 の Connect UI が起動しませんでした：%3 秒以内に %2 から「ready」メッセージが届きませんでした。NangoConnectUIOptions::baseUrl（セルフホストの Nango では NANGO_PUBLIC_CONNECT_URL）、サーバーが応答すること、ページのフレーム内表示が許可されていること（X-Frame-Options や frame-ancestors で拒否されていないこと）を確認してください。</translation>
    </message>
    <message>
        <location filename="../../src/nangocredentialsrequest.cpp" line="+32"/>
        <source>The Nango server at %1 did not answer POST %2 within %3 s (NangoAuth::requestTimeout).</source>
        <translation>%1 の Nango サーバーが %3 秒以内に POST %2 に応答しませんでした（NangoAuth::requestTimeout）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The network access of the flow is gone.</source>
        <translation>フローのネットワークアクセスが破棄されました。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The Nango server at %1 sent an answer larger than %2 bytes.</source>
        <translation>%1 の Nango サーバーが %2 バイトを超える応答を送信しました。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The Nango server at %1 answered HTTP %2, a redirect to &quot;%3&quot;; check the host setting.</source>
        <translation>%1 の Nango サーバーが HTTP %2（「%3」へのリダイレクト）で応答しました。ホストの設定を確認してください。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The Nango server answered HTTP %1 without connectionId and providerConfigKey: &quot;%2&quot;.</source>
        <translation>Nango サーバーが connectionId と providerConfigKey を含まない HTTP %1 で応答しました：「%2」。</translation>
    </message>
    <message>
        <location filename="../../src/nangoerrorparser.cpp" line="+22"/>
        <source>Authentication failed. The request is missing a valid public key parameter.</source>
        <translation>認証に失敗しました。リクエストに有効な公開キーのパラメーターがありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication failed. The provided public key is not a UUID v4.</source>
        <translation>認証に失敗しました。指定された公開キーは UUID v4 ではありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication failed. The provided authorization header does not match any account.</source>
        <translation>認証に失敗しました。指定された Authorization ヘッダーはどのアカウントとも一致しません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication failed. The provided public key does not match any account.</source>
        <translation>認証に失敗しました。指定された公開キーはどのアカウントとも一致しません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication failed. The connect session token is not in the expected format (nango_connect_session_ followed by 64 hexadecimal characters).</source>
        <translation>認証に失敗しました。接続セッショントークンの形式が正しくありません（nango_connect_session_ の後に 16 進数 64 文字が続く形式である必要があります）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication failed. The connect session token is unknown or has expired (tokens live 30 minutes): ask your backend for a new one.</source>
        <translation>認証に失敗しました。接続セッショントークンが不明か、有効期限が切れています（トークンの有効期間は 30 分です）。バックエンドに新しいトークンを要求してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing param &apos;hmac&apos;.</source>
        <translation>パラメーター「hmac」がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid HMAC signature.</source>
        <translation>HMAC 署名が無効です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no integration with this key in the Nango environment: check the integration id.</source>
        <translation>この Nango 環境には、このキーのインテグレーションがありません。インテグレーション ID を確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This integration is not allowed by the connect session token.</source>
        <translation>このインテグレーションは接続セッショントークンで許可されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The integration does not use this kind of authentication.</source>
        <translation>このインテグレーションは、この種類の認証を使用しません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The given credentials were found to be invalid. Please check the credentials and try again.</source>
        <translation>指定された認証情報は無効です。認証情報を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many requests: the Nango server asks to slow down. Try again in a moment.</source>
        <translation>リクエストが多すぎます。Nango サーバーから間隔を空けるよう求められています。しばらくしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Nango server had an internal error.</source>
        <translation>Nango サーバーで内部エラーが発生しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection this reconnect session was made for no longer exists (it was deleted). Connect the account anew with a regular connect session (POST /connect/sessions on your backend), or make a reconnect session for a connection that exists.</source>
        <translation>この再接続セッションの対象の接続はもう存在しません（削除されました）。通常の接続セッション（バックエンドで POST /connect/sessions）でアカウントを改めて接続するか、存在する接続に対して再接続セッションを作成してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider refused the given credentials. Please check them and try again.</source>
        <translation>プロバイダーが指定された認証情報を拒否しました。内容を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnect requires a connect session token: your backend makes one for the connection with POST /connect/sessions/reconnect.</source>
        <translation>再接続には接続セッショントークンが必要です。バックエンドが POST /connect/sessions/reconnect でその接続用のトークンを作成します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Nango server refused the request&apos;s content type.</source>
        <translation>Nango サーバーがリクエストのコンテンツタイプを拒否しました。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1</source>
        <comment>@info a message the Nango server wrote, shown untranslated: mark it as the server&apos;s words</comment>
        <translation>Nango サーバーの応答：「%1」</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Public key authentication is deprecated. Please use connect session authentication instead.</source>
        <translation>公開キーによる認証は非推奨です。代わりに接続セッションによる認証を使用してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nango refuses public keys for accounts created after 2025-08-25, which includes every fresh self-hosted Nango: have your backend mint a connect session token (POST /connect/sessions) and connect with it instead of the public key, or ask the server&apos;s operator to move PUBLIC_AUTHENTICATION_DEPRECATION_DATE to a later date.</source>
        <translation>Nango は 2025-08-25 より後に作成されたアカウント（新しくセルフホストしたすべての Nango を含む）の公開キーを受け付けません。バックエンドで接続セッショントークンを発行し（POST /connect/sessions）、公開キーの代わりにそのトークンで接続するか、サーバーの運用者に PUBLIC_AUTHENTICATION_DEPRECATION_DATE をより後の日付に変更するよう依頼してください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The Nango server refused the request: %1.</source>
        <translation>Nango サーバーがリクエストを拒否しました：%1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no reason given</source>
        <translation>理由は示されていません</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The Nango server answered HTTP %1 with an empty body.</source>
        <translation>Nango サーバーが本文の空の HTTP %1 で応答しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Nango server answered HTTP %1 with an unexpected body: &quot;%2&quot;.</source>
        <translation>Nango サーバーが予期しない本文の HTTP %1 で応答しました：「%2」。</translation>
    </message>
    <message>
        <location filename="../../src/nangonetworkerror.cpp" line="+53"/>
        <source>Could not connect to the Nango server at %1: connection refused (nothing listens on %2:%3). Check the host setting and that the Nango server is running.</source>
        <translation>%1 の Nango サーバーに接続できませんでした：接続が拒否されました（%2:%3 で待ち受けているものがありません）。ホストの設定と、Nango サーバーが実行中であることを確認してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not connect to the Nango server at %1: host not found. Check the host setting.</source>
        <translation>%1 の Nango サーバーに接続できませんでした：ホストが見つかりません。ホストの設定を確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not connect to the Nango server at %1: the network or the host is unreachable.</source>
        <translation>%1 の Nango サーバーに接続できませんでした：ネットワークまたはホストに到達できません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Nango server at %1 closed the connection before answering.</source>
        <translation>%1 の Nango サーバーが応答する前に接続を閉じました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The TLS connection to %1 failed: %2</source>
        <translation>%1 への TLS 接続に失敗しました：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach the Nango server at %1: %2</source>
        <translation>%1 の Nango サーバーに到達できませんでした：%2</translation>
    </message>
    <message>
        <location filename="../../src/nangosystembrowserwindow.cpp" line="+49"/>
        <source>Set a default web browser, or use the embedded window (link NangoQt::Widgets or NangoQt::Quick; NangoAuth::browser Auto or Embedded).</source>
        <translation>既定の Web ブラウザーを設定するか、埋め込みウィンドウを使用してください（NangoQt::Widgets または NangoQt::Quick をリンクし、NangoAuth::browser を Auto または Embedded にします）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install a web browser (and xdg-utils), set $BROWSER to a browser command, or use the embedded window (link NangoQt::Widgets or NangoQt::Quick; NangoAuth::browser Auto or Embedded).</source>
        <translation>Web ブラウザー（と xdg-utils）をインストールするか、$BROWSER にブラウザーのコマンドを設定するか、埋め込みウィンドウを使用してください（NangoQt::Widgets または NangoQt::Quick をリンクし、NangoAuth::browser を Auto または Embedded にします）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>it failed</source>
        <translation>失敗しました</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>it did not understand its command line</source>
        <translation>コマンドラインを解釈できませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it found nothing to open</source>
        <translation>開く対象が見つかりませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no tool to open web pages was found</source>
        <translation>Web ページを開くツールが見つかりませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opening the page failed</source>
        <translation>ページを開けませんでした</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Could not open the system browser: %1 is not installed or cannot run.</source>
        <translation>システムのブラウザーを開けませんでした：%1 がインストールされていないか、実行できません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not open the system browser: %1 exited with status %2 (%3).</source>
        <translation>システムのブラウザーを開けませんでした：%1 がステータス %2 で終了しました（%3）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not open the system browser: %1 crashed.</source>
        <translation>システムのブラウザーを開けませんでした：%1 がクラッシュしました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It said: &quot;%1&quot;.</source>
        <translation>出力：「%1」</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not open the system browser: the desktop&apos;s URL handler (QDesktopServices::openUrl, or the application&apos;s NangoSystemBrowserWindow::setUrlOpener) refused the page.</source>
        <translation>システムのブラウザーを開けませんでした：デスクトップの URL ハンドラー（QDesktopServices::openUrl、またはアプリケーションの NangoSystemBrowserWindow::setUrlOpener）がページを拒否しました。</translation>
    </message>
    <message>
        <location filename="../../src/nangovalidation.cpp" line="-447"/>
        <source>Invalid URL provided for the Nango host. %1</source>
        <translation>Nango ホストに指定された URL が無効です。%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The host is empty or not a URL.</source>
        <translation>ホストが空か、URL ではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It must start with https:// or http://, e.g. https://api.nango.dev.</source>
        <translation>https:// または http:// で始まる必要があります（例：https://api.nango.dev）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It has no host name.</source>
        <translation>ホスト名がありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It must not have a query or a fragment.</source>
        <translation>クエリやフラグメントを含めることはできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It must not carry a user name or password.</source>
        <translation>ユーザー名やパスワードを含めることはできません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The %1 key &quot;%2&quot; cannot reach the Nango server intact: %3</source>
        <translation>%1 のキー「%2」は Nango サーバーにそのままの形で届きません：%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an empty key is read as an array.</source>
        <translation>空のキーは配列として解釈されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server reads [ and ] as nesting.</source>
        <translation>サーバーは [ と ] を入れ子として解釈します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server drops it.</source>
        <translation>サーバーはこのキーを破棄します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server reads 0–20 as an array index.</source>
        <translation>サーバーは 0～20 を配列のインデックスとして解釈します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The integration id is empty: pass the integration&apos;s unique key (its provider config key), e.g. &quot;github&quot;.</source>
        <translation>インテグレーション ID が空です。インテグレーションの一意のキー（provider config key）を指定してください（例：「github」）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The integration id is %1 characters long; Nango allows at most 255.</source>
        <translation>インテグレーション ID の長さが %1 文字です。Nango で使用できるのは最大 255 文字です。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The integration id &quot;%1&quot; contains &apos;%2&apos;; Nango integration keys use only letters, digits and ~ : . @ _ - and spaces.</source>
        <translation>インテグレーション ID「%1」に「%2」が含まれています。Nango のインテグレーションキーに使用できるのは、英字、数字、~ : . @ _ - と空白のみです。</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>You must specify credentials. %1 needs &quot;%2&quot; (required: %3), which is missing or empty.</source>
        <translation>認証情報を指定する必要があります。%1 には「%2」が必要ですが（必須：%3）、指定されていないか空です。</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>The credentials have a field %1 does not take: &quot;%2&quot; (it takes %3). The server would refuse the request (invalid_body).</source>
        <translation>認証情報に、%1 が受け付けないフィールド「%2」があります（受け付けるのは %3 です）。このままではサーバーがリクエストを拒否します（invalid_body）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The credential &quot;%1&quot; must be a string for %2.</source>
        <translation>%2 では、認証情報「%1」は文字列である必要があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You must specify credentials. The API key is empty.</source>
        <translation>認証情報を指定する必要があります。API キーが空です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The API key is %1 characters long; Nango accepts at most 1024.</source>
        <translation>API キーの長さが %1 文字です。Nango が受け付けるのは最大 1024 文字です。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You must specify credentials. OAUTH2_CC needs &quot;client_secret&quot; or &quot;client_private_key&quot; beside &quot;client_id&quot;.</source>
        <translation>認証情報を指定する必要があります。OAUTH2_CC には「client_id」に加えて「client_secret」または「client_private_key」が必要です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The credential &quot;type&quot; is &quot;%1&quot;; for AWS_SIGV4 it is &quot;AWS_SIGV4&quot; or absent.</source>
        <translation>認証情報「type」が「%1」になっています。AWS_SIGV4 では「AWS_SIGV4」にするか、指定しないでください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The credential &quot;region&quot; is &quot;%1&quot;; an AWS region has only lowercase letters, digits and hyphens (e.g. us-east-1).</source>
        <translation>認証情報「region」が「%1」になっています。AWS リージョンに使用できるのは、小文字の英字、数字、ハイフンのみです（例：us-east-1）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>You must specify credentials. %1 needs the provider&apos;s credentials fields (e.g. privateKey, or issuerId, privateKeyId and privateKey); none was given.</source>
        <translation>認証情報を指定する必要があります。%1 にはプロバイダーの認証情報フィールド（例：privateKey、または issuerId、privateKeyId、privateKey）が必要ですが、何も指定されていません。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>You must specify credentials. These credentials match no auth mode NangoQt can send: %1. Pass the fields of one mode (e.g. apiKey; username and password; token_id and token_secret; client_id and client_secret) or the integration&apos;s auth mode (NangoAuthOptions::setAuthMode()).</source>
        <translation>認証情報を指定する必要があります。この認証情報は、NangoQt が送信できるどの認証モードにも一致しません：%1。いずれかのモードのフィールド（例：apiKey、username と password、token_id と token_secret、client_id と client_secret）か、インテグレーションの認証モード（NangoAuthOptions::setAuthMode()）を指定してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An HMAC was given without a connection id. For API-key, Basic and unauthenticated connections the server generates the connection id before it checks the HMAC, so it can never match: pass the connection id the HMAC was computed over.</source>
        <translation>接続 ID なしで HMAC が指定されました。API キー、Basic、認証なしの接続では、サーバーが HMAC を検証する前に接続 ID を生成するため、HMAC が一致することはありません。HMAC の計算に使用した接続 ID を指定してください。</translation>
    </message>
</context>
<context>
    <name>NangoConnectAction</name>
    <message>
        <location filename="../../src/nangoconnectaction.cpp" line="+79"/>
        <source>The catalog of this button is gone.</source>
        <translation>このボタンのカタログが破棄されました。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This session may not connect &quot;%1&quot;: it is not among the session&apos;s integrations.</source>
        <translation>このセッションでは「%1」を接続できません。セッションのインテグレーションに含まれていません。</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>Connecting…</source>
        <comment>@action:button</comment>
        <translation>接続中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <comment>@action:button</comment>
        <translation>接続済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry %1</source>
        <comment>@action:button</comment>
        <translation>%1 を再試行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect %1</source>
        <comment>@action:button</comment>
        <translation>%1 を接続</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This button is not connected to a NangoAuth object.</source>
        <translation>このボタンには NangoAuth オブジェクトが設定されていません。</translation>
    </message>
</context>
<context>
    <name>NangoCredentialsFormModel</name>
    <message>
        <location filename="../../src/nangocredentialsformmodel.cpp" line="+128"/>
        <source>This session may not connect &quot;%1&quot;: it is not among the session&apos;s integrations.</source>
        <translation>このセッションでは「%1」を接続できません。セッションのインテグレーションに含まれていません。</translation>
    </message>
    <message>
        <location line="+235"/>
        <source>This integration does not take an API key or a user name and password.</source>
        <translation>このインテグレーションは、API キーやユーザー名とパスワードを受け付けません。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This form is not connected to a NangoAuth object.</source>
        <translation>このフォームには NangoAuth オブジェクトが設定されていません。</translation>
    </message>
</context>
<context>
    <name>NangoFormField</name>
    <message>
        <location filename="../../src/nangoformfield.cpp" line="+34"/>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal access token name</source>
        <translation>個人用アクセストークンの名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal access token secret</source>
        <translation>個人用アクセストークンのシークレット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content URL</source>
        <translation>コンテンツ URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client ID</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret</source>
        <translation>クライアントシークレット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate</source>
        <translation>クライアント証明書</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Private key</source>
        <translation>秘密鍵</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>OAuth client ID</source>
        <translation>OAuth クライアント ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth client secret</source>
        <translation>OAuth クライアントシークレット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh token</source>
        <translation>リフレッシュトークン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token ID</source>
        <translation>トークン ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token secret</source>
        <translation>トークンシークレット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization ID</source>
        <translation>組織 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Developer key</source>
        <translation>開発者キー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IAM role ARN</source>
        <translation>IAM ロール ARN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer ID</source>
        <translation>発行者 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key ID</source>
        <translation>キー ID</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Choose the %1.</source>
        <translation>%1 を選択してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the %1.</source>
        <translation>%1 を入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 is longer than %2 characters.</source>
        <translation>%1 が %2 文字を超えています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 must be one of: %2.</source>
        <translation>%1 は次のいずれかにしてください：%2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 must be a host name: letters, digits, dots and hyphens only (no https://, no slash).</source>
        <translation>%1 にはホスト名を入力してください。使用できるのは英字、数字、ドット、ハイフンのみです（https:// やスラッシュは付けません）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 must be a UUID, like 123e4567-e89b-12d3-a456-426614174000.</source>
        <translation>%1 には 123e4567-e89b-12d3-a456-426614174000 のような UUID を入力してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 must be a full URL, like https://example.com.</source>
        <translation>%1 には https://example.com のような完全な URL を入力してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 must be an email address, like ada@example.com.</source>
        <translation>%1 には ada@example.com のようなメールアドレスを入力してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The %1 does not have the expected form: it should look like %2.</source>
        <translation>%1 の形式が正しくありません。%2 のような形式で入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 does not have the expected form (%2).</source>
        <translation>%1 の形式が正しくありません（%2）。</translation>
    </message>
</context>
<context>
    <name>NangoQtPrivate::NangoWebSocketSession</name>
    <message>
        <location filename="../../src/nangowebsocketsession.cpp" line="+27"/>
        <source>The WebSocket to %1 stopped answering keep-alive pings before the result arrived.</source>
        <translation>結果が届く前に、%1 への WebSocket がキープアライブの ping に応答しなくなりました。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Nango server at %1 did not acknowledge the WebSocket connection within %2 s.</source>
        <translation>%1 の Nango サーバーが %2 秒以内に WebSocket 接続の確認応答を返しませんでした。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The TLS certificate of %1 was refused: %2</source>
        <translation>%1 の TLS 証明書が拒否されました：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The Nango server acknowledged the WebSocket connection without a ws_client_id.</source>
        <translation>Nango サーバーが ws_client_id なしで WebSocket 接続の確認応答を返しました。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Nango server sent a result before acknowledging the WebSocket connection.</source>
        <translation>Nango サーバーが WebSocket 接続の確認応答より前に結果を送信しました。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>It sent a frame that is not Nango&apos;s protocol (ignored). Is the host a Nango server?</source>
        <translation>Nango のプロトコルではないフレームが送信されました（無視しました）。ホストは Nango サーバーですか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It sent %1 frames that are not Nango&apos;s protocol (ignored). Is the host a Nango server?</source>
        <translation>Nango のプロトコルではないフレームが %1 個送信されました（無視しました）。ホストは Nango サーバーですか？</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server answered HTTP %1 to the WebSocket upgrade at %2: is websocketsPath right (now &quot;%3&quot;)? It is resolved against the host.</source>
        <translation>サーバーが %2 での WebSocket アップグレードに HTTP %1 で応答しました。websocketsPath（現在は「%3」）は正しいですか？このパスはホストを基準に解決されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server at %1 did not answer the WebSocket upgrade with a WebSocket handshake: is the host a Nango server, and is websocketsPath right (now &quot;%2&quot;)?</source>
        <translation>%1 のサーバーが WebSocket アップグレードに WebSocket ハンドシェイクで応答しませんでした。ホストは Nango サーバーですか？また、websocketsPath（現在は「%2」）は正しいですか？</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The server at %1 closed the connection during the WebSocket upgrade: is the host a Nango server, and is websocketsPath right (now &quot;%2&quot;)?</source>
        <translation>%1 のサーバーが WebSocket アップグレード中に接続を閉じました。ホストは Nango サーバーですか？また、websocketsPath（現在は「%2」）は正しいですか？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The WebSocket to %1 failed before the result arrived (%2).</source>
        <translation>結果が届く前に %1 への WebSocket でエラーが発生しました（%2）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>close code %1</source>
        <translation>クローズコード %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a frame was larger than %1 bytes</source>
        <translation>フレームが %1 バイトを超えていました</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The WebSocket to %1 closed before the result arrived (%2).</source>
        <translation>結果が届く前に %1 への WebSocket が閉じられました（%2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The WebSocket to %1 closed before the server acknowledged it (%2).</source>
        <translation>サーバーが確認応答を返す前に %1 への WebSocket が閉じられました（%2）。</translation>
    </message>
</context>
<context>
    <name>NangoWebEngine</name>
    <message>
        <location filename="../../webengine/nangoconnectuibridge.cpp" line="+16"/>
        <source>Connect an account</source>
        <translation>アカウントを接続</translation>
    </message>
    <message>
        <location filename="../../webengine/nangowebpolicy.cpp" line="+37"/>
        <source>The authorization window only opens http(s) pages, not a %1: URL.</source>
        <translation>認証ウィンドウは http(s) のページだけを開きます。%1: の URL は開けません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The certificate of %1 was refused: %2</source>
        <translation>%1 の証明書を拒否しました：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The authorization page stopped: its browser process was killed (exit code %1).</source>
        <translation>認証ページが停止しました：ブラウザーのプロセスが強制終了されました（終了コード %1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The authorization page stopped: its browser process crashed (exit code %1).</source>
        <translation>認証ページが停止しました：ブラウザーのプロセスがクラッシュしました（終了コード %1）。</translation>
    </message>
</context>
</TS>
