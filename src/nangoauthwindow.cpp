// SPDX-License-Identifier: MIT
#include "nangoauthwindow.h"

#include "nangoembeddedregistry_p.h"

namespace {
/// The process-wide embedded window: its factory and its warm-up (NangoQtPrivate::NangoEmbeddedRegistry
/// keeps the priority they came with).
struct EmbeddedRegistration
{
    NangoAuthWindowFactory factory;
    std::function<void()> preloader;
};
NangoQtPrivate::NangoEmbeddedRegistry<EmbeddedRegistration> &embedded()
{
    static NangoQtPrivate::NangoEmbeddedRegistry<EmbeddedRegistration> registry;
    return registry;
}
} // namespace

NangoAuthWindow::NangoAuthWindow(QObject *parent)
    : QObject(parent)
{
}

NangoAuthWindow::~NangoAuthWindow() = default;

void NangoAuthWindow::prepare(const QSize &, const QString &, const QString &)
{
}

bool NangoAuthWindow::registerEmbeddedWindow(const NangoAuthWindowFactory &factory, const std::function<void()> &preloader,
                                             EmbeddedPriority priority)
{
    return embedded().offer({factory, preloader}, int(priority));
}

void NangoAuthWindow::registerEmbeddedFactory(const NangoAuthWindowFactory &factory)
{
    embedded().modify([&](EmbeddedRegistration &entry, int &priority) {
        entry.factory = factory;
        priority = int(EmbeddedPriority::Application);
    });
}

NangoAuthWindowFactory NangoAuthWindow::embeddedFactory()
{
    return embedded().entry().factory;
}

void NangoAuthWindow::registerEmbeddedPreloader(const std::function<void()> &function)
{
    embedded().modify([&](EmbeddedRegistration &entry, int &) { entry.preloader = function; });
}

std::function<void()> NangoAuthWindow::embeddedPreloader()
{
    return embedded().entry().preloader;
}
