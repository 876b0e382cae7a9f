package org.makemothersmatter.core.example.spain;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.testkit.ContractBoundary;

/** The worked example uses only the contract, as the guide says every plugin does. */
class SpainBoundaryTest {

    @Test
    void itsCodeAndTemplatesUseOnlyTheContract() {
        ContractBoundary.holds(List.of(SpainPlugin.class.getPackageName()), List.of(new SpainPlugin().code()));
    }
}
