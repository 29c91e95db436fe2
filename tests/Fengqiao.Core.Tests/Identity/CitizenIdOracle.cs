namespace Fengqiao.Core.Tests.Identity;

/// <summary>
/// An independent, deliberately plain statement of GB 11643's check character (ISO 7064 MOD 11-2),
/// used to build test data without trusting the code under test.
/// </summary>
internal static class CitizenIdOracle
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    public static char CheckCharacter(string seventeenDigits)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (seventeenDigits[i] - '0') * Weights[i];
        }

        return "10X98765432"[sum % 11];
    }

    public static string Complete(string seventeenDigits) => seventeenDigits + CheckCharacter(seventeenDigits);
}
