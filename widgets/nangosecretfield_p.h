// SPDX-License-Identifier: MIT
// Private: a password-echo line edit with a "Show" toggle, as KPasswordLineEdit does.
#pragma once

#include <QCheckBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QWidget>

struct NangoSecretField
{
    NangoSecretField(QWidget *parent, const QString &objectName, const QString &accessibleName)
        : container(new QWidget(parent))
        , edit(new QLineEdit(container))
        , show(new QCheckBox(QCoreApplication::translate("NangoCredentialsForm", "Sho&w", "@option:check show the secret"), container))
    {
        auto *row = new QHBoxLayout(container);
        row->setContentsMargins(0, 0, 0, 0);
        edit->setObjectName(objectName);
        edit->setEchoMode(QLineEdit::Password);
        edit->setAccessibleName(accessibleName);
        show->setObjectName(objectName + QStringLiteral("Show"));
        show->setAccessibleName(QCoreApplication::translate("NangoCredentialsForm", "Show %1").arg(accessibleName));
        QObject::connect(show, &QCheckBox::toggled, edit, [e = edit](bool on) {
            e->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        });
        row->addWidget(edit, 1);
        row->addWidget(show);
    }
    QWidget *container;
    QLineEdit *edit;
    QCheckBox *show;
};
