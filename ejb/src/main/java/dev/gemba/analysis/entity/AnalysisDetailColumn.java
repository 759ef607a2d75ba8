package dev.gemba.analysis.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an {@link AnalysisDetail} as its JSON text, and reads it back as the record. */
@Converter
public class AnalysisDetailColumn implements AttributeConverter<AnalysisDetail, String> {

    @Override
    public String convertToDatabaseColumn(AnalysisDetail detail) {
        return detail == null ? null : detail.toJson();
    }

    @Override
    public AnalysisDetail convertToEntityAttribute(String json) {
        return AnalysisDetail.fromJson(json);
    }
}
