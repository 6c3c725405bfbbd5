package io.github.sipas.scoring.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

/** Compares scorecards figure by figure with an absolute tolerance; NaN must match NaN. */
final class ScorecardAssert {

    private ScorecardAssert() {
    }

    static void assertClose(Scorecard expected, Scorecard actual, double tol) {
        assertEquals(expected.units().size(), actual.units().size());
        for (int u = 0; u < expected.units().size(); u++) {
            UnitScore e = expected.units().get(u);
            UnitScore a = actual.units().get(u);
            String where = e.label();
            assertEquals(e.label(), a.label());
            assertEquals(e.respondents(), a.respondents(), where);
            assertEquals(e.undefinedReason(), a.undefinedReason(), where);
            close(e.index(), a.index(), tol, where + " index");
            assertEquals(e.reliability().items(), a.reliability().items(), where);
            assertEquals(e.reliability().alphaForms(), a.reliability().alphaForms(), where);
            close(e.reliability().alpha(), a.reliability().alpha(), tol, where + " instrument alpha");
            close(e.reliability().alphaLower(), a.reliability().alphaLower(), tol, where + " instrument alpha lower");
            close(e.reliability().reliability().standardizedAlpha(), a.reliability().reliability().standardizedAlpha(),
                    tol, where + " instrument std alpha");
            for (int j = 0; j < e.reliability().items().size(); j++) {
                close(e.reliability().reliability().itemRestCorrelations().get(j),
                        a.reliability().reliability().itemRestCorrelations().get(j), tol, where + " item-rest " + j);
            }
            for (int i = 0; i < e.elements().size(); i++) {
                ElementScore ee = e.elements().get(i);
                ElementScore ae = a.elements().get(i);
                close(ee.estimate(), ae.estimate(), tol, where + " " + ee.id());
                close(ee.alpha(), ae.alpha(), tol, where + " " + ee.id() + " alpha");
                assertEquals(ee.items(), ae.items(), where);
                assertEquals(ee.alphaForms(), ae.alphaForms(), where);
            }
            for (int i = 0; i < e.items().size(); i++) {
                ItemScore ei = e.items().get(i);
                ItemScore ai = a.items().get(i);
                String w = where + " " + ei.id();
                close(ei.estimate(), ai.estimate(), tol, w);
                assertEquals(ei.valid(), ai.valid(), w);
                assertEquals(ei.satisfied(), ai.satisfied(), w);
                assertEquals(ei.unanswered(), ai.unanswered(), w);
                assertEquals(ei.dontKnow(), ai.dontKnow(), w);
                assertEquals(ei.notAsked(), ai.notAsked(), w);
                assertEquals(ei.counts(), ai.counts(), w);
                for (int k = 0; k < ei.shares().size(); k++) {
                    close(ei.shares().get(k), ai.shares().get(k), tol, w + " share " + k);
                }
                close(ei.poolingWeight(), ai.poolingWeight(), tol, w + " pooling weight");
                close(ei.designEffect(), ai.designEffect(), tol, w + " deff");
                close(ei.effectiveSize(), ai.effectiveSize(), tol * 1e3, w + " n*");
                close(ei.mean(), ai.mean(), tol, w + " mean");
                close(ei.sd(), ai.sd(), tol, w + " sd");
                close(ei.median(), ai.median(), 0, w + " median");
            }
            assertEquals(e.variants().size(), a.variants().size(), where);
            for (int v = 0; v < e.variants().size(); v++) {
                VariantScore ev = e.variants().get(v);
                VariantScore av = a.variants().get(v);
                close(ev.index(), av.index(), tol, where + " " + ev.variant());
                for (Map.Entry<String, Estimate> x : ev.elements().entrySet()) {
                    close(x.getValue(), av.elements().get(x.getKey()), tol, where + " " + ev.variant() + x.getKey());
                }
                for (Map.Entry<String, Estimate> x : ev.items().entrySet()) {
                    close(x.getValue(), av.items().get(x.getKey()), tol, where + " " + ev.variant() + x.getKey());
                }
            }
        }
    }

    static void close(Estimate e, Estimate a, double tol, String where) {
        close(e.value(), a.value(), tol, where + " value");
        close(e.se(), a.se(), tol, where + " se");
        close(e.lower(), a.lower(), tol, where + " lower");
        close(e.upper(), a.upper(), tol, where + " upper");
    }

    static void close(double e, double a, double tol, String where) {
        if (Double.isNaN(e)) {
            assertEquals(e, a, where);
        } else {
            assertEquals(e, a, tol * Math.max(1, Math.abs(e)), where);
        }
    }
}
