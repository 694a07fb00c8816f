// SPDX-License-Identifier: MIT
import QtQuick
import QtWebEngine

// A window a provider page opened (window.open): same profile and rules as its AuthWindow (or
// the hosted Connect UI's ConnectUIWindow, whose OAuth window it is).
Window {
    id: popup

    /*! The AuthWindow or ConnectUIWindow that opened it: its profile, filterNavigation(),
        refuseCertificate() and openPopup(). */
    required property var owner
    /*! The WebEngineNewWindowRequest this window answers. */
    required property var request
    readonly property alias view: popupView

    objectName: "nangoAuthPopup"
    title: qsTr("Sign in")
    transientParent: owner
    modality: Qt.WindowModal
    width: owner.width * 0.9
    height: owner.height * 0.9
    color: owner.palette.window
    onClosing: destroy()
    Component.onCompleted: {
        request.openIn(popupView)
        show()
    }

    WebEngineView {
        id: popupView
        anchors.fill: parent
        profile: popup.owner.profile
        Accessible.name: qsTr("Sign-in page")
        onNavigationRequested: (request) => popup.owner.filterNavigation(request)
        onCertificateError: (error) => popup.owner.refuseCertificate(error)
        onNewWindowRequested: (request) => popup.owner.openPopup(request)
        onWindowCloseRequested: popup.close()
    }
}
