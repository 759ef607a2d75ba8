package dev.gemba.survey.entity;

/** What a question asks for, with the range of its score where it has one. */
public enum QuestionType {
    /** Customer satisfaction, 1 (very dissatisfied) to 5 (very satisfied); 4 and 5 count as satisfied. */
    CSAT(1, 5),
    /** Net promoter, 0 to 10: 9–10 promoters, 0–6 detractors. */
    NPS(0, 10),
    /** Customer effort, 1 to 7 agreement with "IT made it easy for me": higher is less effort. */
    CES(1, 7),
    SINGLE_CHOICE(0, 0),
    MULTIPLE_CHOICE(0, 0),
    FREE_TEXT(0, 0);

    private final int min;
    private final int max;

    QuestionType(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public boolean scored() {
        return this == CSAT || this == NPS || this == CES;
    }

    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }
}
