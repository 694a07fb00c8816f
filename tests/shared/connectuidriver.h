// SPDX-License-Identifier: MIT
// Drives the dev server's Connect UI imitation inside NangoQt's host page, from a test: a user
// script in the frame (an isolated world the page cannot see) runs commands the test posts into
// the frame through the host page, and posts the answers back to the host page, where a main-world
// listener keeps them for the test to read. Used by the Widgets and QML hosted Connect UI tests.
#pragma once

#include <QString>

namespace ConnectUIDriver {

/// Into every frame of the page (runsOnSubFrames, ApplicationWorld, DocumentCreation).
inline QString frameScript()
{
    return QStringLiteral(R"JS(
(function () {
  if (window.top === window) { return; }
  function q(s) { var n = document.querySelector(s); if (!n) { throw new Error('no element ' + s); } return n; }
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || d.type !== '__nangoqt_test' || e.source !== window.parent) { return; }
    var result;
    try {
      if (d.op === 'screen') { result = document.body.getAttribute('data-screen') || ''; }
      else if (d.op === 'click') { q(d.selector).click(); result = 'ok'; }
      else if (d.op === 'type') {
        var n = q(d.selector); n.focus(); n.value = d.value;
        n.dispatchEvent(new Event('input', { bubbles: true }));
        n.dispatchEvent(new Event('change', { bubbles: true }));
        result = 'ok';
      }
      else if (d.op === 'text') { result = q(d.selector).textContent; }
      else if (d.op === 'theme') { result = document.documentElement.getAttribute('data-theme') || ''; }
      else { result = 'error: unknown op ' + d.op; }
    } catch (err) { result = 'error: ' + (err && err.message || err); }
    window.parent.postMessage({ type: '__nangoqt_test_reply', id: d.id, result: String(result) }, '*');
  });
})();
)JS");
}

/// Into the host page's main world: keeps the frame's answers.
inline QString hostScript()
{
    return QStringLiteral(R"JS(
window.__nangoqtReplies = {};
window.__nangoqtNext = 1;
window.addEventListener('message', function (e) {
  if (e.data && e.data.type === '__nangoqt_test_reply') { window.__nangoqtReplies[e.data.id] = e.data.result; }
});
window.__nangoqtCommand = function (command) {
  var frame = document.getElementById('connect-ui');
  if (!frame || !frame.contentWindow) { return 0; }
  command.type = '__nangoqt_test';
  command.id = window.__nangoqtNext++;
  frame.contentWindow.postMessage(command, '*');
  return command.id;
};
)JS");
}

/// A main-world expression that sends @p commandJson ({op, selector?, value?}) and yields its id.
inline QString sendExpression(const QString &commandJson)
{
    return QStringLiteral("window.__nangoqtCommand ? window.__nangoqtCommand(%1) : 0").arg(commandJson);
}

/// A main-world expression yielding the answer to command @p id, or null.
inline QString replyExpression(int id)
{
    return QStringLiteral("window.__nangoqtReplies && window.__nangoqtReplies[%1] !== undefined ? window.__nangoqtReplies[%1] : null").arg(id);
}

/// The path the ack script reports to on the page's own server (the dev server logs it).
inline QString ackReportPath()
{
    return QStringLiteral("/__nangoqt_test/callback-ack");
}

/// In popups (the OAuth window): when Nango's callback page gets the UI's ack, says so on the
/// console and with a beacon to its own server (ackReportPath()), which outlives the page
/// closing itself.
inline QString ackScript()
{
    return QStringLiteral("window.addEventListener('message', function (e) {"
                          " if (e.data && e.data.type === 'nango_oauth_callback_ack') {"
                          "  console.error('nangoqt-test: callback ack received');"
                          "  navigator.sendBeacon(location.origin + '%1', 'ack'); } });")
        .arg(ackReportPath());
}

} // namespace ConnectUIDriver
