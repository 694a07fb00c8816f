// SPDX-License-Identifier: MIT
#include "demomodels.h"

#include <NangoQt/NangoErrorTypes>

// --- IntegrationsModel ---------------------------------------------------------------------

int IntegrationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant IntegrationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Integration &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = item.displayName.isEmpty() ? item.key : tr("%1 (%2)").arg(item.displayName, item.key);
        // The auth mode beside the name: which flow (and form) the connect runs.
        return item.authMode.isEmpty() ? name : tr("%1 — %2", "@item:inlistbox integration — auth mode").arg(name, item.authMode);
    }
    case Qt::ToolTipRole:
        return tr("Authorization: %1").arg(item.authMode);
    case KeyRole:
        return item.key;
    case DisplayNameRole:
        return item.displayName.isEmpty() ? item.key : item.displayName;
    case AuthModeRole:
        return item.authMode;
    default:
        return {};
    }
}

QHash<int, QByteArray> IntegrationsModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {KeyRole, "key"}, {DisplayNameRole, "displayName"}, {AuthModeRole, "authMode"}};
}

void IntegrationsModel::setIntegrations(const QList<Integration> &integrations)
{
    beginResetModel();
    m_items = integrations;
    endResetModel();
}

void IntegrationsModel::addIntegration(const Integration &integration)
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).key == integration.key) {
            m_items[row] = integration;
            Q_EMIT dataChanged(index(row), index(row));
            return;
        }
    }
    beginInsertRows(QModelIndex(), int(m_items.size()), int(m_items.size()));
    m_items.append(integration);
    endInsertRows();
}

const IntegrationsModel::Integration *IntegrationsModel::find(const QString &key) const
{
    for (const Integration &item : m_items) {
        if (item.key == key)
            return &item;
    }
    return nullptr;
}

// --- ConnectionsModel ----------------------------------------------------------------------

int ConnectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConnectionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString line = tr("%1 — %2 — %3").arg(row.integration, row.connectionId.isEmpty() ? tr("(chosen by the server)") : row.connectionId, statusText(row));
        return row.detail.isEmpty() ? line : line + QLatin1Char('\n') + row.detail;
    }
    case Qt::ToolTipRole:
        return row.detail;
    case IntegrationRole:
        return row.integration;
    case ConnectionIdRole:
        return row.connectionId;
    case StatusRole:
        return statusText(row);
    case DetailRole:
        return row.detail;
    case TimeRole:
        return QLocale().toString(row.time.time(), QLocale::ShortFormat);
    case RunningRole:
        return row.state == NangoAuthFlow::State::Starting || row.state == NangoAuthFlow::State::WaitingForUser;
    case BrowserUrlRole:
        return row.inSystemBrowser && row.state == NangoAuthFlow::State::WaitingForUser ? redactedUrl(row.authorizationUrl) : QString();
    case ErrorTypeRole:
        return row.errorType;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConnectionsModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {IntegrationRole, "integration"}, {ConnectionIdRole, "connectionId"},
            {StatusRole, "status"}, {DetailRole, "detail"}, {TimeRole, "time"}, {RunningRole, "running"},
            {BrowserUrlRole, "browserUrl"}, {ErrorTypeRole, "errorType"}};
}

void ConnectionsModel::track(NangoAuthFlow *flow, const QString &requestedConnectionId)
{
    beginInsertRows(QModelIndex(), 0, 0);
    Row row;
    row.flow = flow;
    row.integration = flow->integrationId();
    row.connectionId = requestedConnectionId;
    row.state = flow->state();
    row.time = QDateTime::currentDateTime();
    m_rows.prepend(row);
    endInsertRows();
    connect(flow, &NangoAuthFlow::stateChanged, this, [this, flow] { update(flow); });
}

void ConnectionsModel::update(NangoAuthFlow *flow)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        if (row.flow != flow)
            continue;
        row.state = flow->state();
        if (row.state == NangoAuthFlow::State::WaitingForUser) {
            row.authorizationUrl = flow->authorizationUrl();
            row.inSystemBrowser = flow->isInSystemBrowser();
            if (row.inSystemBrowser)
                row.detail = tr("Finish in your web browser, or cancel. Page: %1").arg(redactedUrl(row.authorizationUrl));
        } else if (row.state == NangoAuthFlow::State::Succeeded) {
            row.pending = flow->isPending();
            row.connectionId = flow->connectionId();
            row.detail = tr("Provider config key: %1").arg(flow->providerConfigKey());
            row.authorizationUrl.clear();
        } else if (row.state == NangoAuthFlow::State::Failed) {
            row.errorType = flow->errorType();
            row.detail = flow->errorMessage(); // in words; the code is in the event log
            row.authorizationUrl.clear();
        }
        Q_EMIT dataChanged(index(i), index(i));
        return;
    }
}

QString ConnectionsModel::statusText(const Row &row)
{
    switch (row.state) {
    case NangoAuthFlow::State::Starting:
        return tr("Connecting…");
    case NangoAuthFlow::State::WaitingForUser:
        return row.inSystemBrowser ? tr("Waiting for you in the browser") : tr("Waiting for the user");
    case NangoAuthFlow::State::Succeeded:
        return row.pending ? tr("Connected (pending approval)") : tr("Connected");
    case NangoAuthFlow::State::Failed:
        return row.errorType == QLatin1String(NangoErrorType::AuthorizationCancelled) ? tr("Cancelled") : tr("Failed");
    }
    return {};
}

void ConnectionsModel::cancel(int row)
{
    if (row >= 0 && row < m_rows.size() && m_rows.at(row).flow)
        m_rows.at(row).flow->cancel();
}

QUrl ConnectionsModel::authorizationUrl(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).authorizationUrl : QUrl();
}

QString ConnectionsModel::redactedUrl(const QUrl &url)
{
    // Only scheme, host and path: the query carries the session token or the public key and HMAC.
    return url.isEmpty() ? QString() : url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment) + QStringLiteral("?…");
}

int ConnectionsModel::succeededCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.state == NangoAuthFlow::State::Succeeded; }));
}

// --- EventLogModel -------------------------------------------------------------------------

namespace {
constexpr int MaxLogEntries = 2000;
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1  %2").arg(entry.time.toString(QStringLiteral("HH:mm:ss.zzz")), entry.text);
    case TimeRole:
        return entry.time.toString(QStringLiteral("HH:mm:ss.zzz"));
    case LevelRole:
        return entry.level;
    case TextRole:
        return entry.text;
    default:
        return {};
    }
}

QHash<int, QByteArray> EventLogModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {TimeRole, "time"}, {LevelRole, "level"}, {TextRole, "text"}};
}

void EventLogModel::append(const QString &level, const QString &text)
{
    if (m_entries.size() >= MaxLogEntries) {
        beginRemoveRows(QModelIndex(), 0, 0);
        m_entries.removeFirst();
        endRemoveRows();
    }
    beginInsertRows(QModelIndex(), int(m_entries.size()), int(m_entries.size()));
    m_entries.append({QDateTime::currentDateTime(), level, text});
    endInsertRows();
}

QStringList EventLogModel::lines() const
{
    QStringList out;
    for (const Entry &entry : m_entries)
        out << entry.text;
    return out;
}
