<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ApiKeyForm</name>
    <message>
        <location filename="../../qml/ApiKeyForm.qml" line="+25"/>
        <location line="+6"/>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the key from the provider</source>
        <translation>プロバイダーから取得したキーを貼り付けてください</translation>
    </message>
</context>
<context>
    <name>AuthPopup</name>
    <message>
        <location filename="../../qml/AuthPopup.qml" line="+18"/>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sign-in page</source>
        <translation>サインインページ</translation>
    </message>
</context>
<context>
    <name>AuthWindow</name>
    <message>
        <location filename="../../qml/AuthWindow.qml" line="+55"/>
        <source>Connect %1</source>
        <comment>@title:window integration</comment>
        <translation>%1 を接続</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Page loading progress</source>
        <translation>ページの読み込み状況</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connecting to %1…</source>
        <comment>the window waits for the Nango server&apos;s answer</comment>
        <translation>%1 に接続中…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nango server: %1</source>
        <comment>the host the authorization page comes from</comment>
        <translation>Nango サーバー：%1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Authorization page</source>
        <translation>認証ページ</translation>
    </message>
</context>
<context>
    <name>BasicAuthForm</name>
    <message>
        <location filename="../../qml/BasicAuthForm.qml" line="+28"/>
        <location line="+8"/>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
</context>
<context>
    <name>BrowserWait</name>
    <message>
        <location filename="../../qml/BrowserWait.qml" line="+37"/>
        <source>Continue in your browser</source>
        <comment>@label accessible name of the browser wait state</comment>
        <translation>ブラウザーで続行</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Continue in your browser</source>
        <comment>@title</comment>
        <translation>ブラウザーで続行</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Link copied. Paste it into your browser&apos;s address bar.</source>
        <translation>リンクをコピーしました。ブラウザーのアドレスバーに貼り付けてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish connecting %1 in the browser window that opened.</source>
        <translation>開いたブラウザーのウィンドウで %1 の接続を完了してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open again</source>
        <comment>@action:button open the authorization page in the browser again</comment>
        <translation>もう一度開く</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open again</source>
        <comment>@action:button accessible name</comment>
        <translation>もう一度開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the sign-in page in your browser again</source>
        <translation>ブラウザーでサインインページをもう一度開きます</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy link</source>
        <comment>@action:button copy the authorization page&apos;s address</comment>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy link</source>
        <comment>@action:button accessible name</comment>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the sign-in page&apos;s address, to paste into a browser</source>
        <translation>ブラウザーに貼り付けられるように、サインインページのアドレスをコピーします</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel connecting</source>
        <comment>@action:button accessible name</comment>
        <translation>接続をキャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops waiting for the browser</source>
        <translation>ブラウザーでの操作の待機を終了します</translation>
    </message>
</context>
<context>
    <name>ConnectButton</name>
    <message>
        <location filename="../../qml/ConnectButton.qml" line="+118"/>
        <source>Connect %1</source>
        <translation>%1 を接続</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connecting…</source>
        <comment>@action:button</comment>
        <translation>接続中…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect</source>
        <comment>@action:button</comment>
        <translation>接続</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
</context>
<context>
    <name>ConnectUI</name>
    <message>
        <location filename="../../qml/ConnectUI.qml" line="+161"/>
        <location line="+333"/>
        <source>Connect an account</source>
        <comment>@title</comment>
        <translation>アカウントを接続</translation>
    </message>
    <message>
        <location line="-326"/>
        <source>Loading the integrations…</source>
        <translation>インテグレーションを読み込んでいます…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading the integrations</source>
        <translation>インテグレーションを読み込み中</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+114"/>
        <location line="+70"/>
        <location line="+64"/>
        <location line="+97"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="-344"/>
        <location line="+114"/>
        <location line="+70"/>
        <location line="+161"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="-333"/>
        <source>Connect an account</source>
        <comment>@title the integration picker</comment>
        <translation>アカウントを接続</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search integrations</source>
        <comment>@info:placeholder</comment>
        <translation>インテグレーションを検索</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search integrations</source>
        <translation>インテグレーションを検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to filter the list; Up and Down choose, Enter connects.</source>
        <translation>入力すると一覧を絞り込めます。上下キーで選択し、Enter キーで接続します。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Integrations</source>
        <comment>@label accessible name of the picker&apos;s list</comment>
        <translation>インテグレーション一覧</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This session has no integration to connect.</source>
        <translation>このセッションには、接続できるインテグレーションがありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No integration matches “%1”.</source>
        <translation>「%1」に一致するインテグレーションはありません。</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+79"/>
        <location line="+103"/>
        <source>Connect %1</source>
        <comment>@title</comment>
        <translation>%1 を接続</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Loading the form</source>
        <translation>フォームを読み込み中</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+161"/>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation>戻る</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Back to the integrations</source>
        <translation>インテグレーション一覧に戻る</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connect</source>
        <comment>@action:button</comment>
        <translation>接続</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connecting to %1… Finish signing in in the window that opened.</source>
        <translation>%1 に接続中… 開いたウィンドウでサインインを完了してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to %1…</source>
        <translation>%1 に接続中…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel connecting</source>
        <translation>接続をキャンセル</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Connected</source>
        <comment>@label accessible name of the success check mark</comment>
        <translation>接続済み</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is connected.</source>
        <translation>%1 が接続されました。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finish</source>
        <comment>@action:button</comment>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 could not be connected.</source>
        <translation>%1 を接続できませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The integrations could not be loaded.</source>
        <translation>インテグレーションを読み込めませんでした。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Retry</source>
        <comment>@action:button</comment>
        <translation>再試行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Discard the form?</source>
        <comment>@title:window</comment>
        <translation>フォームを破棄しますか？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard the form?</source>
        <translation>フォームを破棄しますか？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you typed into the form has not been sent. Close and discard it?</source>
        <translation>フォームに入力した内容はまだ送信されていません。閉じて破棄しますか？</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep Editing</source>
        <comment>@action:button</comment>
        <translation>編集を続ける</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>編集を続ける</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discard</source>
        <comment>@action:button</comment>
        <translation>破棄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard and close</source>
        <translation>破棄して閉じる</translation>
    </message>
</context>
<context>
    <name>ConnectUILogo</name>
    <message>
        <location filename="../../qml/ConnectUILogo.qml" line="+24"/>
        <source>%1 logo</source>
        <comment>@label accessible name of an integration&apos;s logo</comment>
        <translation>%1 のロゴ</translation>
    </message>
</context>
<context>
    <name>ConnectUIWindow</name>
    <message>
        <location filename="../../qml/ConnectUIWindow.qml" line="+46"/>
        <source>Connect an account</source>
        <comment>@title:window the hosted Connect UI</comment>
        <translation>アカウントを接続</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Connect UI</source>
        <translation>Connect UI</translation>
    </message>
</context>
<context>
    <name>CredentialsForm</name>
    <message>
        <location filename="../../qml/CredentialsForm.qml" line="+120"/>
        <source>Connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting…</source>
        <comment>@action:button</comment>
        <translation>接続中…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect</source>
        <comment>@action:button</comment>
        <translation>接続</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
</context>
<context>
    <name>FormErrorLabel</name>
    <message>
        <location filename="../../qml/FormErrorLabel.qml" line="+25"/>
        <source>Error</source>
        <comment>@info:status inline error of a form</comment>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>IntegrationForm</name>
    <message>
        <location filename="../../qml/IntegrationForm.qml" line="+68"/>
        <source>There is nothing to enter: %1 is connected as soon as this form opens.</source>
        <translation>入力する項目はありません。このフォームを開くとすぐに %1 が接続されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to enter for %1.</source>
        <translation>%1 について入力する項目はありません。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 (optional)</source>
        <translation>%1（任意）</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Where to find the %1</source>
        <translation>%1 の確認方法</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guide: where to find the %1</source>
        <translation>ガイド：%1 の確認方法</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problem with the %1</source>
        <translation>%1 の問題</translation>
    </message>
</context>
<context>
    <name>NangoQuickAuth</name>
    <message>
        <location filename="../../qml/nangoquickauth.cpp" line="+22"/>
        <source>NangoAuth.openConnectUI(): options must be an object such as { baseURL: &quot;…&quot;, theme: &quot;dark&quot; }</source>
        <translation>NangoAuth.openConnectUI()：options は { baseURL: &quot;…&quot;, theme: &quot;dark&quot; } のようなオブジェクトである必要があります</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>NangoAuth.%1(): connectionId must be a string</source>
        <translation>NangoAuth.%1()：connectionId は文字列である必要があります</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NangoAuth.%1(): options must be an object such as { params: { … } }</source>
        <translation>NangoAuth.%1()：options は { params: { … } } のようなオブジェクトである必要があります</translation>
    </message>
</context>
<context>
    <name>NangoQuickAuthWindow</name>
    <message>
        <location filename="../../qml/nangoquickauthwindow.cpp" line="+47"/>
        <source>The QML engine of the authorization window is gone.</source>
        <translation>認証ウィンドウの QML エンジンが破棄されました。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>AuthWindow is not a Window</source>
        <translation>AuthWindow は Window ではありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The authorization window could not be created: %1</source>
        <translation>認証ウィンドウを作成できませんでした：%1</translation>
    </message>
</context>
<context>
    <name>NangoQuickConnectUIWindow</name>
    <message>
        <location filename="../../qml/nangoquickconnectuiwindow.cpp" line="+55"/>
        <source>The QML engine of the Connect UI window is gone.</source>
        <translation>Connect UI ウィンドウの QML エンジンが破棄されました。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ConnectUIWindow is not a Window</source>
        <translation>ConnectUIWindow は Window ではありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Connect UI window could not be created: %1</source>
        <translation>Connect UI ウィンドウを作成できませんでした：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Connect UI window could not be created: it has no web view.</source>
        <translation>Connect UI ウィンドウを作成できませんでした：Web ビューがありません。</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../../qml/SecretField.qml" line="+38"/>
        <source>Hide</source>
        <comment>@action:button secret field</comment>
        <translation>非表示</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <comment>@action:button secret field</comment>
        <translation>表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide %1</source>
        <translation>%1 を非表示</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show %1</source>
        <translation>%1 を表示</translation>
    </message>
</context>
</TS>
