// Compiled into Pop.Core and Pop.Core.Analyzers: keep self-contained.
namespace Pop.Core.Smart.Text;

/// <summary>The content features of one goal text that <see cref="ContentJudge"/> decides on.</summary>
internal struct ContentFeatures
{
    public bool Figure;
    public bool Amount;
    public bool Action;
    public bool Vague;
    public bool KeepUp;
    public bool FitsSomething;
    public bool Comparative;
    public bool ComparativeRole;
    public bool Change;
    public bool Become;
    public bool Obtain;
    public bool Possess;
    public bool Feeling;
    public bool Hedge;
    public bool GenericCount;
    public bool CountClauseHasNoun;
    public bool QuantityObject;
    public bool FromTo;
    public bool Develops;
    public bool KnownAction;
    public bool Whole;
    public bool CountedThing;
    public bool Role;
    public bool RoleAfterAs;
    public bool Certificate;
    public bool Deliverable;
    public bool Event;
    public bool Context;
    public bool OpenNoun;
    public bool Course;
    public bool Named;
    public int Ambiguous;
    public int NounsBesideAmbiguous;
    public int VagueStart;
    public int VagueLength;
    public int ComparativeStart;
    public int ComparativeLength;
    public int ChangeStart;
    public int QuantityStart;
    public int QuantityLength;
    public int ChangeLength;
    public int FeelingStart;
    public int FeelingLength;
    public int HedgeStart;
    public int HedgeLength;
    public int GenericCountStart;
    public int GenericCountLength;
}
