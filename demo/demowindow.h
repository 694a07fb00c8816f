// SPDX-License-Identifier: MIT
// nangoqt-demo's Widgets face.
#pragma once

#include <QMainWindow>

class DemoBackend;
class DemoTheme;
class QLabel;
class QListView;
class QModelIndex;
class QPushButton;

class DemoWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// @p theme: the light/dark switch of the View menu (none when null).
    explicit DemoWindow(DemoBackend *backend, DemoTheme *theme = nullptr, QWidget *parent = nullptr);

    /// Connects the integration selected in the list (what the Connect button does).
    void connectSelected();
    /// Connects @p integrationId: the OAuth window, a credentials dialog, or a create.
    void connectIntegration(const QString &integrationId);
    /// Opens the native Connect UI on the backend's session (what "Connect an account…" does).
    void openConnectUI();

private:
    QWidget *makeConnectUIPanel();
    QWidget *makeIntegrationsPanel();
    QWidget *makeOptionsPanel();
    QWidget *makeResultsPanel();
    QWidget *makeResultBanner();
    void addIntegrationByHand();

    DemoBackend *m_backend;
    QListView *m_integrationsView = nullptr;
    QPushButton *m_connectButton = nullptr;
    QPushButton *m_connectAccountButton = nullptr;
};
