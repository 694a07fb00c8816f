// SPDX-License-Identifier: MIT
#include "nangoauthwindow.h"

#include <QMutex>

namespace {
QMutex s_factoryMutex;
NangoAuthWindowFactory &embedded()
{
    static NangoAuthWindowFactory factory;
    return factory;
}
std::function<void()> &preloader()
{
    static std::function<void()> function;
    return function;
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

void NangoAuthWindow::registerEmbeddedFactory(const NangoAuthWindowFactory &factory)
{
    QMutexLocker lock(&s_factoryMutex);
    embedded() = factory;
}

NangoAuthWindowFactory NangoAuthWindow::embeddedFactory()
{
    QMutexLocker lock(&s_factoryMutex);
    return embedded();
}

void NangoAuthWindow::registerEmbeddedPreloader(const std::function<void()> &function)
{
    QMutexLocker lock(&s_factoryMutex);
    preloader() = function;
}

std::function<void()> NangoAuthWindow::embeddedPreloader()
{
    QMutexLocker lock(&s_factoryMutex);
    return preloader();
}
