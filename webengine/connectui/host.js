// SPDX-License-Identifier: MIT
// The host page's script (host.html). Every `message` event this window receives goes to C++
// with its origin (C++ decides what to accept: only the Connect UI's origin); what C++ posts goes
// into the frame with the allowed origin as targetOrigin, never '*'.
'use strict';
(function () {
    var frame = null;
    var bridge = null;

    window.addEventListener('message', function (event) {
        if (!bridge)
            return;
        var data = event.data;
        if (!data || typeof data !== 'object' || Array.isArray(data))
            return;
        var copy;
        try {
            copy = JSON.parse(JSON.stringify(data)); // plain JSON only (no functions, no cycles)
        } catch (e) {
            return;
        }
        bridge.receive(copy, String(event.origin));
    }, false);

    new QWebChannel(qt.webChannelTransport, function (channel) {
        bridge = channel.objects.nangoBridge;
        var allowedOrigin = bridge.allowedOrigin;
        bridge.postToFrame.connect(function (message) {
            if (frame && frame.contentWindow && allowedOrigin)
                frame.contentWindow.postMessage(message, allowedOrigin);
        });
        frame = document.createElement('iframe');
        frame.id = 'connect-ui';
        frame.title = bridge.frameTitle;
        frame.allow = 'clipboard-write';
        frame.src = bridge.frameUrl;
        document.body.appendChild(frame);
        frame.focus();
        bridge.hostLoaded();
    });
})();
