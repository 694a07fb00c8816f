// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import NangoQt

/*
    Internal to ConnectUI: an integration's logo through LogoImages (the "nangologo" image
    provider over Core's logo cache), with a placeholder — the name's first letter in a circle,
    in the palette's button colours — until it is loaded and when it cannot be.
*/
Item {
    id: logo

    required property LogoImages images
    property url url
    property string name
    property int size: 28
    /*! True when the logo itself is shown (not the placeholder). */
    readonly property bool loaded: image.status === Image.Ready && image.implicitWidth > 0

    implicitWidth: size
    implicitHeight: size
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("%1 logo", "@label accessible name of an integration's logo").arg(logo.name)

    Image {
        id: image
        objectName: "logoImage"
        anchors.fill: parent
        asynchronous: true
        fillMode: Image.PreserveAspectFit
        sourceSize.width: Math.round(logo.size * Screen.devicePixelRatio)
        sourceSize.height: Math.round(logo.size * Screen.devicePixelRatio)
        source: logo.images ? logo.images.source(logo.url) : ""
        visible: logo.loaded
        smooth: true
    }
    Rectangle {
        objectName: "logoPlaceholder"
        anchors.fill: parent
        visible: !logo.loaded
        radius: width / 2
        color: logo.palette.button
        border.color: logo.palette.mid
        border.width: 1
        Label {
            anchors.centerIn: parent
            text: logo.name.trim().length > 0 ? logo.name.trim().charAt(0).toUpperCase() : "?"
            color: logo.palette.buttonText
            font.bold: true
            font.pixelSize: Math.max(8, logo.size / 2)
        }
    }
}
