// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/nangoauthmode.h>
#include <NangoQt/nangoqtcore_export.h>

#include <QAbstractListModel>
#include <QUrl>
#include <QVariantList>

#include <memory>

class NangoIntegrationsModelPrivate;

/**
 * @brief The integrations a session may connect, as a list model (Qt Core only).
 *
 * One row per entry of GET /integrations; Qt::DisplayRole is the display name. QML sees the
 * roles by their names (`uniqueKey`, `displayName`, `provider`, `logoUrl`, `authMode`).
 * NangoCatalog::integrationsModel() keeps one up to date; setIntegrations() fills one by hand.
 */
class NANGOQT_CORE_EXPORT NangoIntegrationsModel : public QAbstractListModel
{
    Q_OBJECT
    /// The number of integrations (rows); for QML views and bindings.
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    /// The data roles of each row; roleNames() gives QML their names without "Role" (`uniqueKey`, …).
    enum Role {
        UniqueKeyRole = Qt::UserRole + 1, ///< `unique_key`: the integration id to connect
        DisplayNameRole,                  ///< `display_name` (else the unique key)
        ProviderRole,                     ///< `provider`: the providers.yaml entry
        LogoUrlRole,                      ///< `logo` as a QUrl (resolved against the host)
        AuthModeRole,                     ///< NangoAuthMode::Mode (Unknown until the provider is known)
        AuthModeNameRole,                 ///< the provider's `auth_mode` string ("" until known)
    };
    Q_ENUM(Role)

    /// An empty model; fill it with setIntegrations() (or use NangoCatalog::integrationsModel()).
    explicit NangoIntegrationsModel(QObject *parent = nullptr);
    ~NangoIntegrationsModel() override;

    /// Replaces the rows with @p integrations (GET /integrations's `data`); relative logo URLs
    /// resolve against @p base.
    void setIntegrations(const QVariantList &integrations, const QUrl &base = QUrl());
    /// The auth mode of every row whose provider is @p provider (from its definition's `auth_mode`).
    void setProviderAuthMode(const QString &provider, const QString &authModeName);

    /// The row of @p uniqueKey, -1 when none.
    Q_INVOKABLE int indexOf(const QString &uniqueKey) const;
    /// Row @p row as a map of role name → value (empty outside the rows).
    Q_INVOKABLE QVariantMap get(int row) const;

    /// The number of rows (also #count); 0 for a valid @p parent (a flat list).
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    /// The value of @p role (a Role, or Qt::DisplayRole: the display name) for row @p index.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// QAbstractListModel's roles plus the Role values by their QML names: `uniqueKey`, `displayName`,
    /// `provider`, `logoUrl`, `authMode`, `authModeName`.
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    /// Notifier of the #count property.
    void countChanged();

private:
    std::unique_ptr<NangoIntegrationsModelPrivate> const d;
};
