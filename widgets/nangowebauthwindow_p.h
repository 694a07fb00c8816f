// SPDX-License-Identifier: MIT
#pragma once

#include "nangoauthdialog.h"

#include <NangoQt/NangoAuthWindow>

#include <QPointer>

/// Adapts the NangoAuthDialog (a QWidget) to Core's NangoAuthWindow interface (a QObject).
class NangoWebAuthWindow : public NangoAuthWindow
{
    Q_OBJECT
public:
    explicit NangoWebAuthWindow(QObject *parent = nullptr);
    ~NangoWebAuthWindow() override;

    void prepare(const QSize &size, const QString &integrationId, const QString &host) override;
    void open(const QUrl &url, const QSize &size, const QString &integrationId) override;
    void close() override;

    NangoAuthDialog *dialog() const { return m_dialog; }

private:
    void createDialog();

    QPointer<NangoAuthDialog> m_dialog;
    bool m_userClosed = false;
};
