<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>NangoApiKeyForm</name>
    <message>
        <location filename="../../widgets/nangoapikeyform.cpp" line="+20"/>
        <location line="+1"/>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;API key:</source>
        <translation>API キー(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>NangoAuthDialog</name>
    <message>
        <location filename="../../widgets/nangoauthdialog.cpp" line="+61"/>
        <source>Connect an account</source>
        <translation>アカウントを接続</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Page loading progress</source>
        <translation>ページの読み込み状況</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Connect %1</source>
        <comment>@title:window integration</comment>
        <translation>%1 を接続</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nango server: %1</source>
        <comment>@info the host the authorization page comes from</comment>
        <translation>Nango サーバー：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in page</source>
        <translation>サインインページ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Authorization page</source>
        <translation>認証ページ</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Connecting to %1…</source>
        <comment>@info the modal waits for the Nango server&apos;s answer</comment>
        <translation>%1 に接続中…</translation>
    </message>
</context>
<context>
    <name>NangoBasicAuthForm</name>
    <message>
        <location filename="../../widgets/nangobasicauthform.cpp" line="+22"/>
        <source>User name and password</source>
        <translation>ユーザー名とパスワード</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>NangoBrowserWaitPanel</name>
    <message>
        <location filename="../../widgets/nangobrowserwait.cpp" line="+20"/>
        <source>&amp;Open again</source>
        <comment>@action:button open the authorization page in the browser again</comment>
        <translation>もう一度開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy link</source>
        <comment>@action:button copy the authorization page&apos;s address</comment>
        <translation>リンクをコピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue in your browser</source>
        <comment>@label accessible name of the browser wait state</comment>
        <translation>ブラウザーで続行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue in your browser</source>
        <comment>@title</comment>
        <translation>ブラウザーで続行</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+1"/>
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
    <message>
        <location line="+56"/>
        <source>Link copied. Paste it into your browser&apos;s address bar.</source>
        <translation>リンクをコピーしました。ブラウザーのアドレスバーに貼り付けてください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finish connecting %1 in the browser window that opened.</source>
        <translation>開いたブラウザーのウィンドウで %1 の接続を完了してください。</translation>
    </message>
</context>
<context>
    <name>NangoBrowserWaitPopup</name>
    <message>
        <location line="+21"/>
        <source>Continue in your browser</source>
        <comment>@title accessible name of the browser wait popup</comment>
        <translation>ブラウザーで続行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue in your browser</source>
        <comment>@title:window</comment>
        <translation>ブラウザーで続行</translation>
    </message>
</context>
<context>
    <name>NangoConnectDialog</name>
    <message>
        <location filename="../../widgets/nangoconnectdialog.cpp" line="+64"/>
        <location line="+87"/>
        <source>Connect an account</source>
        <comment>@title</comment>
        <translation>アカウントを接続</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Loading the integrations…</source>
        <translation>インテグレーションを読み込んでいます…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the integrations</source>
        <translation>インテグレーションを読み込み中</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+13"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel connecting</source>
        <translation>接続をキャンセル</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Finish</source>
        <comment>@action:button</comment>
        <translation>完了(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <comment>@action:button</comment>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Retry</source>
        <comment>@action:button</comment>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+19"/>
        <location line="+53"/>
        <source>Connect %1</source>
        <comment>@title</comment>
        <translation>%1 を接続</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Connecting to %1… Finish signing in in the window that opened.</source>
        <translation>%1 に接続中… 開いたウィンドウでサインインを完了してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to %1…</source>
        <translation>%1 に接続中…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is connected.</source>
        <translation>%1 が接続されました。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The integrations could not be loaded.</source>
        <translation>インテグレーションを読み込めませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be connected.</source>
        <translation>%1 を接続できませんでした。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This session has no integration to connect.</source>
        <translation>このセッションには、接続できるインテグレーションがありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No integration matches “%1”.</source>
        <translation>「%1」に一致するインテグレーションはありません。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Discard the form?</source>
        <comment>@title:window</comment>
        <translation>フォームを破棄しますか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed into the form has not been sent. Close and discard it?</source>
        <translation>フォームに入力した内容はまだ送信されていません。閉じて破棄しますか？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard the form?</source>
        <translation>フォームを破棄しますか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <comment>@action:button</comment>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard and close</source>
        <translation>破棄して閉じる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep Editing</source>
        <comment>@action:button</comment>
        <translation>編集を続ける(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep editing</source>
        <translation>編集を続ける</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Connect an account</source>
        <comment>@title:window</comment>
        <translation>アカウントを接続</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect an account</source>
        <translation>アカウントを接続</translation>
    </message>
</context>
<context>
    <name>NangoConnectFormPage</name>
    <message>
        <location filename="../../widgets/nangoconnectpages.cpp" line="+177"/>
        <source>Loading the form</source>
        <comment>@label accessible name of a busy indicator</comment>
        <translation>フォームを読み込み中</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Form</source>
        <comment>@label accessible name of the form&apos;s scroll area</comment>
        <translation>フォーム</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Back</source>
        <comment>@action:button</comment>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the integrations</source>
        <translation>インテグレーション一覧に戻る</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>NangoConnectHeading</name>
    <message>
        <location line="-143"/>
        <source>Title</source>
        <comment>@label accessible name of a page&apos;s heading</comment>
        <translation>見出し</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 logo</source>
        <comment>@label accessible name of an integration&apos;s logo</comment>
        <translation>%1 のロゴ</translation>
    </message>
</context>
<context>
    <name>NangoConnectPickerPage</name>
    <message>
        <location line="+16"/>
        <source>Connect an account</source>
        <comment>@title the integration picker</comment>
        <translation>アカウントを接続</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search integrations</source>
        <comment>@info:placeholder</comment>
        <translation>インテグレーションを検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search integrations</source>
        <translation>インテグレーションを検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to filter the list; Up and Down choose, Enter connects.</source>
        <translation>入力すると一覧を絞り込めます。上下キーで選択し、Enter キーで接続します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Integrations</source>
        <comment>@label accessible name of the picker&apos;s list</comment>
        <translation>インテグレーション一覧</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>NangoConnectStatusPage</name>
    <message>
        <location line="+96"/>
        <source>Busy</source>
        <comment>@label accessible name of a busy indicator</comment>
        <translation>処理中</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connected</source>
        <comment>@label accessible name of the success check mark</comment>
        <translation>接続済み</translation>
    </message>
</context>
<context>
    <name>NangoCredentialsDialog</name>
    <message>
        <location filename="../../widgets/nangocredentialsdialog.cpp" line="+36"/>
        <location line="+7"/>
        <source>Connect %1</source>
        <translation>%1 を接続</translation>
    </message>
</context>
<context>
    <name>NangoCredentialsForm</name>
    <message>
        <location filename="../../widgets/nangocredentialsform.cpp" line="+40"/>
        <location line="+154"/>
        <source>&amp;Connect</source>
        <comment>@action:button</comment>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Connecting…</source>
        <comment>@action:button</comment>
        <translation>接続中…</translation>
    </message>
    <message>
        <location filename="../../widgets/nangosecretfield_p.h" line="+16"/>
        <source>Sho&amp;w</source>
        <comment>@option:check show the secret</comment>
        <translation>表示(&amp;W)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show %1</source>
        <translation>%1 を表示</translation>
    </message>
</context>
<context>
    <name>NangoHostedConnectUIDialog</name>
    <message>
        <location filename="../../widgets/nangohostedconnectui.cpp" line="+23"/>
        <source>Connect an account</source>
        <comment>@title:window the hosted Connect UI</comment>
        <translation>アカウントを接続</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in page</source>
        <translation>サインインページ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connect UI</source>
        <translation>Connect UI</translation>
    </message>
</context>
<context>
    <name>NangoIntegrationForm</name>
    <message>
        <location filename="../../widgets/nangointegrationform.cpp" line="+45"/>
        <source>Connect an account</source>
        <comment>@title accessible name of a form</comment>
        <translation>アカウントを接続</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 (optional):</source>
        <comment>@label form field</comment>
        <translation>%1（任意）：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1:</source>
        <comment>@label form field</comment>
        <translation>%1：</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Where to find the %1</source>
        <comment>@label link to the provider&apos;s guide</comment>
        <translation>%1 の確認方法</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guide: where to find the %1</source>
        <translation>ガイド：%1 の確認方法</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem with the %1</source>
        <translation>%1 の問題</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>There is nothing to enter: %1 is connected as soon as this form opens.</source>
        <translation>入力する項目はありません。このフォームを開くとすぐに %1 が接続されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to enter for %1.</source>
        <translation>%1 について入力する項目はありません。</translation>
    </message>
</context>
<context>
    <name>NangoMessageWidget</name>
    <message>
        <location filename="../../widgets/nangomessagewidget.cpp" line="+35"/>
        <location line="+7"/>
        <source>Error</source>
        <comment>@info:status inline error of a form</comment>
        <translation>エラー</translation>
    </message>
</context>
</TS>
