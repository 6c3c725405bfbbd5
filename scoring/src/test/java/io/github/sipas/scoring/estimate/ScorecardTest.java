package io.github.sipas.scoring.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipas.core.Aggregation;
import io.github.sipas.core.Answer;
import io.github.sipas.core.Response;
import io.github.sipas.core.Survey;
import io.github.sipas.core.instrument.Surveys;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scorecard's id of the overall index and its grouping, which the writers name rows and columns by. */
class ScorecardTest {

    private static final Survey SURVEY = Surveys.bundled("sipas-2017");

    private static List<Response> forms() {
        List<Response> rows = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Response.Builder b = Response.builder("f" + i).unit(i < 2 ? "Sa Pa" : "Bát Xát")
                    .attribute("gender", i % 2 == 0 ? "Nam" : "Nữ");
            SURVEY.criteria().forEach(c -> b.answer(c.id(), Answer.point(4)));
            rows.add(b.build());
        }
        return rows;
    }

    private static Scorecard card(List<UnitScore> units, Grouping grouping) {
        return new Scorecard("sipas-2017", 0.95, IntervalMethod.WILSON, Aggregation.MEAN_OF_ELEMENTS, units, "SIPAS",
                grouping);
    }

    @Test
    void aScorersScorecardCarriesTheSurveysIndexIdAndTheScorersGrouping() {
        for (Grouping g : List.of(Grouping.BY_UNIT, Grouping.byAttribute("gender"), Grouping.byUnitAnd("gender"))) {
            Scorecard card = Scorer.builder(SURVEY).grouping(g).build().score(forms());
            assertEquals("SIPAS", card.indexId());
            assertEquals(g, card.grouping());
        }
        Survey custom = SURVEY.toBuilder().indexId("CSI").build();
        assertEquals("CSI", Scorer.of(custom).score(List.of()).indexId());
    }

    @Test
    void theConstructorWithoutThemNamesTheIndexIndexAndTakesTheGroupingOfItsUnits() {
        Scorecard card = new Scorecard("x", 0.95, IntervalMethod.WILSON, Aggregation.MEAN_OF_ELEMENTS,
                List.of(GroupingTest.unitScore("Sa Pa", "Nữ")));
        assertEquals(Survey.DEFAULT_INDEX_ID, card.indexId());
        assertEquals(Grouping.byUnitAnd(Grouping.UNNAMED), card.grouping());
    }

    @Test
    void aUnitScoreWithAUnitOrGroupThatTheGroupingDoesNotGiveIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> card(List.of(GroupingTest
                .unitScore("Sa Pa", "Nữ")), Grouping.BY_UNIT));
        assertTrue(e.getMessage().contains("'Sa Pa / Nữ'") && e.getMessage().contains("grouping unit"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> card(List.of(GroupingTest.unitScore("Sa Pa", "Nữ")),
                Grouping.byAttribute("gender")));
        assertEquals(1, card(List.of(GroupingTest.unitScore(null, "Nữ")), Grouping.byAttribute("gender")).units()
                .size());
    }

    @Test
    void aBlankOrNullIndexIdOrGroupingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Scorecard("x", 0.95, IntervalMethod.WILSON,
                Aggregation.MEAN_OF_ELEMENTS, List.of(), " ", Grouping.BY_UNIT));
        assertThrows(NullPointerException.class, () -> new Scorecard("x", 0.95, IntervalMethod.WILSON,
                Aggregation.MEAN_OF_ELEMENTS, List.of(), null, Grouping.BY_UNIT));
        assertThrows(NullPointerException.class, () -> card(List.of(), null));
    }
}
