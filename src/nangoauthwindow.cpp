// SPDX-License-Identifier: MIT
#include "nangoauthwindow.h"

#include <QMutex>

namespace {
/// The process-wide embedded window: its factory, its warm-up and the priority it came with.
struct EmbeddedRegistration
{
    NangoAuthWindowFactory factory;
    std::function<void()> preloader;
    NangoAuthWindow::EmbeddedPriority priority = NangoAuthWindow::EmbeddedPriority::QuickWindow;
};
QMutex s_factoryMutex;
EmbeddedRegistration &embedded()
{
    static EmbeddedRegistration registration;
    return registration;
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
    QMutexLocker lock(&s_factoryMutex);
    EmbeddedRegistration &current = embedded();
    if (current.factory && current.priority > priority)
        return false;
    current = {factory, preloader, priority};
    return true;
}

void NangoAuthWindow::registerEmbeddedFactory(const NangoAuthWindowFactory &factory)
{
    QMutexLocker lock(&s_factoryMutex);
    embedded().factory = factory;
    embedded().priority = EmbeddedPriority::Application;
}

NangoAuthWindowFactory NangoAuthWindow::embeddedFactory()
{
    QMutexLocker lock(&s_factoryMutex);
    return embedded().factory;
}

void NangoAuthWindow::registerEmbeddedPreloader(const std::function<void()> &function)
{
    QMutexLocker lock(&s_factoryMutex);
    embedded().preloader = function;
}

std::function<void()> NangoAuthWindow::embeddedPreloader()
{
    QMutexLocker lock(&s_factoryMutex);
    return embedded().preloader;
}
