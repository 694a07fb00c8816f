// SPDX-License-Identifier: MIT
// Private: NangoFormField's data, shared with the schema builder (nangoformschema_p.h).
#pragma once

#include <NangoQt/nangoformfield.h>

#include <QSharedData>

class NangoFormFieldData : public QSharedData
{
public:
    QString key;
    QString name;
    NangoFormField::Kind kind = NangoFormField::Credential;
    QString title;
    QString description;
    QString example;
    QString prefix;
    QString suffix;
    QString pattern;
    QString format;
    QStringList options;
    QString defaultValue;
    QString docUrl;
    QString visibleWhenField;
    QString visibleWhenEquals;
    int order = 0;
    int maxLength = 0;
    bool secret = false;
    bool optional = false;
    bool hasDefault = false;
    bool hidden = false;
    bool automated = false;
    bool sentWhenEmpty = false;

    bool operator==(const NangoFormFieldData &o) const
    {
        return key == o.key && name == o.name && kind == o.kind && title == o.title && description == o.description
            && example == o.example && prefix == o.prefix && suffix == o.suffix && pattern == o.pattern && format == o.format
            && options == o.options && defaultValue == o.defaultValue && docUrl == o.docUrl
            && visibleWhenField == o.visibleWhenField && visibleWhenEquals == o.visibleWhenEquals && order == o.order
            && maxLength == o.maxLength && secret == o.secret && optional == o.optional && hasDefault == o.hasDefault
            && hidden == o.hidden && automated == o.automated && sentWhenEmpty == o.sentWhenEmpty;
    }
};

