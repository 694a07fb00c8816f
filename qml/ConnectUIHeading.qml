// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import NangoQt

/*
    Internal to ConnectUI: a screen's heading, the integration's logo (when one is chosen) and a title.
*/
RowLayout {
    id: heading

    required property LogoImages images
    property string title
    property url logoUrl
    property string name

    spacing: 10
    FontMetrics {
        id: metrics
    }
    ConnectUILogo {
        visible: heading.name.length > 0
        images: heading.images
        url: heading.logoUrl
        name: heading.name
        size: 40
    }
    Label {
        objectName: "titleLabel"
        Layout.fillWidth: true
        text: heading.title
        wrapMode: Text.Wrap
        font.bold: true
        font.pointSize: metrics.font.pointSize * 1.3
        Accessible.role: Accessible.Heading
        Accessible.name: heading.title
    }
}
