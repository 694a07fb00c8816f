// SPDX-License-Identifier: MIT
#include "nangoconnectuiwindow.h"

#include "nangoembeddedregistry_p.h"

namespace {
struct EmbeddedRegistration
{
    NangoConnectUIWindowFactory factory;
};
NangoQtPrivate::NangoEmbeddedRegistry<EmbeddedRegistration> &embedded()
{
    static NangoQtPrivate::NangoEmbeddedRegistry<EmbeddedRegistration> registry;
    return registry;
}
} // namespace

NangoConnectUIWindow::NangoConnectUIWindow(QObject *parent)
    : QObject(parent)
{
}

NangoConnectUIWindow::~NangoConnectUIWindow() = default;

QString NangoConnectUIWindow::paletteTheme() const
{
    return QString();
}

bool NangoConnectUIWindow::registerEmbeddedWindow(const NangoConnectUIWindowFactory &factory, EmbeddedPriority priority)
{
    return embedded().offer({factory}, int(priority));
}

void NangoConnectUIWindow::registerEmbeddedFactory(const NangoConnectUIWindowFactory &factory)
{
    embedded().modify([&](EmbeddedRegistration &entry, int &priority) {
        entry.factory = factory;
        priority = int(EmbeddedPriority::Application);
    });
}

NangoConnectUIWindowFactory NangoConnectUIWindow::embeddedFactory()
{
    return embedded().entry().factory;
}
