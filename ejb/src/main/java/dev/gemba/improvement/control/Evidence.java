package dev.gemba.improvement.control;

/**
 * What the data in an item's scope says, for the priority score.
 *
 * @param people distinct contacts behind negative feedback
 * @param units distinct business units behind negative feedback
 * @param feedback feedback items in scope
 * @param negative those of them whose sentiment (as corrected, else as analysed) is negative
 * @param analysed those with a sentiment at all
 * @param surveyAnswers survey responses in scope
 * @param channels distinct feedback channels in scope
 */
public record Evidence(
        long people, long units, long feedback, long negative, long analysed, long surveyAnswers, int channels) {

    /** Negative share of analysed feedback, 0..1. */
    public double negativeShare() {
        return analysed == 0 ? 0 : (double) negative / analysed;
    }

    /** Independent kinds of source: each feedback channel, and survey answers. */
    public int sources() {
        return channels + (surveyAnswers > 0 ? 1 : 0);
    }
}
