// SPDX-License-Identifier: MIT
// The demo's list models, shared by its Widgets and QML faces.
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>

#include <NangoQt/NangoAuthFlow>

/// The integrations the user can connect: from the embedded dev server, or typed in by hand.
class IntegrationsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { KeyRole = Qt::UserRole + 1, DisplayNameRole, AuthModeRole };
    Q_ENUM(Role)
    struct Integration
    {
        QString key;
        QString displayName;
        QString authMode; ///< Nango's name: "OAUTH2", "API_KEY", "BASIC", "NONE", "TBA", … (from the catalog's provider)
    };

    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setIntegrations(const QList<Integration> &integrations);
    /// Adds or replaces the integration with that key.
    void addIntegration(const Integration &integration);
    const QList<Integration> &integrations() const { return m_items; }
    /// The integration with @p key, or nullptr.
    const Integration *find(const QString &key) const;

private:
    QList<Integration> m_items;
};

/// The connections the user made in this session, newest first, with their status.
class ConnectionsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IntegrationRole = Qt::UserRole + 1,
        ConnectionIdRole,
        StatusRole,
        DetailRole,     ///< in words: the error message, the provider config key, or where the user is
        TimeRole,
        RunningRole,    ///< the flow still runs (it can be cancelled)
        BrowserUrlRole, ///< in the system browser: the authorization URL, redacted for showing
        ErrorTypeRole,  ///< the error code (the event log shows it too)
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;
    /// Ends the flow of @p row with authorization_cancelled (a running row only).
    Q_INVOKABLE void cancel(int row);
    /// The full authorization URL of @p row (for a Copy action: it carries the session token).
    Q_INVOKABLE QUrl authorizationUrl(int row) const;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// A flow began: a "Connecting…" row that follows it to its result.
    void track(NangoAuthFlow *flow, const QString &requestedConnectionId);
    int succeededCount() const;

private:
    struct Row
    {
        QPointer<NangoAuthFlow> flow;
        QString integration;
        QString connectionId;
        NangoAuthFlow::State state = NangoAuthFlow::State::Starting;
        bool pending = false;
        QString detail;
        QString errorType;
        QUrl authorizationUrl;
        bool inSystemBrowser = false;
        QDateTime time;
    };
    static QString statusText(const Row &row);
    static QString redactedUrl(const QUrl &url);
    void update(NangoAuthFlow *flow);

    QList<Row> m_rows;
};

/// The live event log: the library's `nangoqt.*` log lines and the demo's own events.
class EventLogModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { TimeRole = Qt::UserRole + 1, LevelRole, TextRole };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Appends a line; @p level is "info", "debug", "warning" or "error". Keeps the last 2,000.
    void append(const QString &level, const QString &text);
    QStringList lines() const;

private:
    struct Entry
    {
        QDateTime time;
        QString level;
        QString text;
    };
    QList<Entry> m_entries;
};
