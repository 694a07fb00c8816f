// SPDX-License-Identifier: MIT
#include "nangointegrationsmodel.h"

#include <QList>

namespace {
struct Row
{
    QString uniqueKey;
    QString displayName;
    QString provider;
    QUrl logoUrl;
    QString authModeName;
};
} // namespace

class NangoIntegrationsModelPrivate
{
public:
    QList<Row> rows;
};

NangoIntegrationsModel::NangoIntegrationsModel(QObject *parent)
    : QAbstractListModel(parent)
    , d(new NangoIntegrationsModelPrivate)
{
}

NangoIntegrationsModel::~NangoIntegrationsModel() = default;

void NangoIntegrationsModel::setIntegrations(const QVariantList &integrations, const QUrl &base)
{
    QList<Row> rows;
    for (const QVariant &v : integrations) {
        const QVariantMap m = v.toMap();
        Row row;
        row.uniqueKey = m.value(QStringLiteral("unique_key")).toString();
        if (row.uniqueKey.isEmpty())
            continue;
        row.displayName = m.value(QStringLiteral("display_name")).toString();
        if (row.displayName.isEmpty())
            row.displayName = row.uniqueKey;
        row.provider = m.value(QStringLiteral("provider")).toString();
        const QUrl logo(m.value(QStringLiteral("logo")).toString());
        row.logoUrl = logo.isRelative() && base.isValid() && !logo.isEmpty() ? base.resolved(logo) : logo;
        row.authModeName = m.value(QStringLiteral("auth_mode")).toString();
        // Keep what is known of a provider's mode across a reload.
        for (const Row &old : std::as_const(d->rows)) {
            if (row.authModeName.isEmpty() && old.provider == row.provider)
                row.authModeName = old.authModeName;
        }
        rows << row;
    }
    const bool countChanges = rows.size() != d->rows.size();
    beginResetModel();
    d->rows = rows;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

void NangoIntegrationsModel::setProviderAuthMode(const QString &provider, const QString &authModeName)
{
    for (int i = 0; i < d->rows.size(); ++i) {
        Row &row = d->rows[i];
        if (row.provider != provider || row.authModeName == authModeName)
            continue;
        row.authModeName = authModeName;
        Q_EMIT dataChanged(index(i), index(i), {AuthModeRole, AuthModeNameRole});
    }
}

int NangoIntegrationsModel::indexOf(const QString &uniqueKey) const
{
    for (int i = 0; i < d->rows.size(); ++i) {
        if (d->rows.at(i).uniqueKey == uniqueKey)
            return i;
    }
    return -1;
}

QVariantMap NangoIntegrationsModel::get(int row) const
{
    QVariantMap map;
    if (row < 0 || row >= d->rows.size())
        return map;
    const QHash<int, QByteArray> roles = roleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
        if (it.key() >= Qt::UserRole)
            map.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    }
    return map;
}

int NangoIntegrationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(d->rows.size());
}

QVariant NangoIntegrationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = d->rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return row.displayName;
    case Qt::ToolTipRole:
    case UniqueKeyRole:
        return row.uniqueKey;
    case ProviderRole:
        return row.provider;
    case LogoUrlRole:
        return row.logoUrl;
    case AuthModeRole:
        return QVariant::fromValue(NangoAuthMode::fromNangoName(row.authModeName));
    case AuthModeNameRole:
        return row.authModeName;
    default:
        break;
    }
    return QVariant();
}

QHash<int, QByteArray> NangoIntegrationsModel::roleNames() const
{
    QHash<int, QByteArray> roles = QAbstractListModel::roleNames();
    roles.insert(UniqueKeyRole, "uniqueKey");
    roles.insert(DisplayNameRole, "displayName");
    roles.insert(ProviderRole, "provider");
    roles.insert(LogoUrlRole, "logoUrl");
    roles.insert(AuthModeRole, "authMode");
    roles.insert(AuthModeNameRole, "authModeName");
    return roles;
}
