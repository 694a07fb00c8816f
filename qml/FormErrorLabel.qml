// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls

// The forms' inline error, in the manner of KMessageWidget: an icon and wrapped text on a frame
// whose colours are derived from the palette (a red whose lightness follows the window's, so it
// reads in light and dark palettes), announced to assistive technology.
Control {
    id: control

    property string message

    /*! The error colour for this palette (the Widgets forms derive the same). */
    readonly property color errorColor: Qt.hsla(0, 0.65, palette.window.hslLightness < 0.5 ? 0.62 : 0.42, 1)

    objectName: "errorLabel"
    visible: message.length > 0
    // Wraps to the width the form gives it; never widens the form by itself.
    implicitWidth: 0
    implicitHeight: Math.max(implicitContentHeight, icon.height) + topPadding + bottomPadding
    padding: 6
    leftPadding: icon.width + 16

    Accessible.role: Accessible.AlertMessage
    Accessible.name: qsTr("Error", "@info:status inline error of a form")
    Accessible.description: message

    background: Rectangle {
        radius: 4
        border.color: control.errorColor
        color: Qt.tint(control.palette.window, Qt.rgba(control.errorColor.r, control.errorColor.g, control.errorColor.b, 0.18))
    }

    // The icon: a filled circle with an exclamation mark, in the error colour.
    Rectangle {
        id: icon
        parent: control
        x: 8
        y: control.topPadding + Math.max(0, (fontMetrics.height - height) / 2)
        width: 16
        height: 16
        radius: 8
        color: control.errorColor
        Accessible.ignored: true
        Text {
            anchors.centerIn: parent
            text: "!"
            font.bold: true
            font.pixelSize: 12
            color: control.palette.window
        }
    }

    FontMetrics {
        id: fontMetrics
        font: control.font
    }

    contentItem: Label {
        text: control.message
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: control.palette.windowText
        Accessible.ignored: true
    }
}
