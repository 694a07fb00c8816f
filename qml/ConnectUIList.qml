// SPDX-License-Identifier: MIT
import QtQuick
import NangoQt

/*
    Internal to ConnectUI: the picker's list. Its rows reach the model and the logos through
    the view (ListView.view), which holds them.
*/
ListView {
    property ConnectUIModel ui
    property LogoImages images
}
